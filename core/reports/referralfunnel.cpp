// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/referralfunnel.h"

#include "core/domain/placementhistory.h"

#include <algorithm>

namespace pd::core {

ReferralFunnel measureReferralFunnel(const QList<FunnelReferral>& referrals, const QDate& yearEnd) {
    const FinancialYear year = FinancialYear::ending(yearEnd);
    ReferralFunnel f;
    f.yearEnd = yearEnd;
    QList<qint64> days;
    int choices = 0;
    for (const FunnelReferral& r : referrals) {
        if (!r.received.isValid() || r.received < year.start || r.received > year.end)
            continue;
        ++f.referrals;
        f.referralIds << r.id;
        ++f.perMonth[std::size_t((r.received.month() + 8) % 12)]; // April is 0
        f.emergencies += r.emergency ? 1 : 0;
        choices += r.offersMeetingEssentials;
        f.withChoiceOfThree += r.offersMeetingEssentials >= 3 ? 1 : 0;
        if (r.placed.isValid()) {
            ++f.placed;
            f.placedInHouse += r.placedInHouse ? 1 : 0;
            days << std::max<qint64>(0, r.received.daysTo(r.placed));
        }
    }
    f.averageChoice = f.referrals ? double(choices) / f.referrals : 0.0;
    if (!days.isEmpty()) {
        std::sort(days.begin(), days.end());
        const qsizetype n = days.size();
        f.medianDaysToPlacement = n % 2 ? double(days[n / 2]) : (days[n / 2 - 1] + days[n / 2]) / 2.0;
    }
    return f;
}

} // namespace pd::core
