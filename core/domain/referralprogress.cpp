// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/referralprogress.h"

namespace pd::core {

Urgency urgencyOf(const QString& neededBy) {
    if (neededBy == QLatin1String("Today"))
        return Urgency::Today;
    if (neededBy == QLatin1String("in less than 5 days"))
        return Urgency::WithinFiveDays;
    if (neededBy == QLatin1String("in more than 5 days"))
        return Urgency::Later;
    return Urgency::NotGiven;
}

int daysOverdue(ReferralState state, const QDate& neededBy, const QDate& today) {
    if (isDecided(state) || !neededBy.isValid() || neededBy >= today)
        return 0;
    return int(neededBy.daysTo(today));
}

} // namespace pd::core
