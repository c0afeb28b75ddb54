// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/referral.h"

namespace pd::core {

/// Placed or closed: the decision is made and the record is kept as decided.
inline bool isDecided(ReferralState state) {
    return state == ReferralState::Placed || state == ReferralState::Closed;
}

/// How soon a placement is needed (the standard's "needed by" options).
enum class Urgency { Today, WithinFiveDays, Later, NotGiven };

/// The urgency a stored "needed by" option means ("Today", "in less than 5 days", "in more than 5 days").
Urgency urgencyOf(const QString& neededBy);

/// Days since the date a placement was needed by, for a referral still undecided on today; 0 when
/// the date has not passed, is not given, or the referral is placed or closed.
int daysOverdue(ReferralState state, const QDate& neededBy, const QDate& today);

} // namespace pd::core
