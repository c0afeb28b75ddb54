// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/referral.h"
#include "core/matching/checkedoffer.h"

namespace pd::core {

/// The options paper: compliant offers side by side (whole cost and parts, distances, match
/// explanation, provider quality) for the social worker and the manager.
class OptionsPaper {
  public:
    /// Offers that meet every essential criterion and are still open, cheapest whole cost first.
    static QList<CheckedOffer> compliant(const QList<CheckedOffer>& offers);
    /// Fewer than three compliant options need a reason (Error::invalid otherwise).
    static Result<QString> html(const Referral& referral, const QList<CheckedOffer>& options,
                                const QString& fewerThanThreeReason, const QDate& today);
};

} // namespace pd::core
