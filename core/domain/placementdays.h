// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/placementrecord.h"

namespace pd::core {

/// Why a day cannot be the date of something recorded against a placement ("" when it can): it
/// must be given, not before the placement began, not after it ended, and not after today (what is
/// recorded has happened). `what` names the thing in the sentence ("the review").
QString dayOutsidePlacement(const PlacementRecord& placement, const QDate& day, const QDate& today,
                            const QString& what);

/// "child RV0000042 (Amy Shaw)" or "child RV0000042".
QString childInWords(const PlacementRecord& placement);

} // namespace pd::core
