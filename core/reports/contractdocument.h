// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/contractversion.h"
#include "core/domain/placementrecord.h"
#include "core/result.h"

namespace pd::core {

/// The printed Individual Placement Contract: the current version's terms (fee, agreed extras,
/// start, notice), the outcomes each with its measure, every earlier version with why it was made,
/// and the two signature blocks (provider and authority) to sign on paper.
class ContractDocument {
  public:
    /// versions: oldest first, at least one. Error::invalid when there is none.
    static Result<QString> html(const PlacementRecord& placement, const QList<ContractVersion>& versions,
                                const QString& socialWorker, const QDate& today);
};

} // namespace pd::core
