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

} // namespace pd::core
