// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/upliftyear.h"

#include "core/domain/financialyear.h"

#include <algorithm>

namespace pd::core {

UpliftYear upliftYear(const QList<FeeUplift>& uplifts, const QList<ContractedPlacement>& placements,
                      const QDate& yearEnd) {
    const FinancialYear year = FinancialYear::ending(yearEnd);
    UpliftYear out;
    double asked = 0, agreed = 0;
    int askedCount = 0, agreedCount = 0;
    for (const FeeUplift& u : uplifts) {
        if (u.effectiveFrom < year.start || u.effectiveFrom > year.end)
            continue;
        ++out.requests;
        out.agreed += u.status == UpliftStatus::Accepted || u.status == UpliftStatus::Partial;
        out.declined += u.status == UpliftStatus::Declined;
        out.open += u.status == UpliftStatus::Requested;
        if (u.percentage) {
            asked += *u.percentage;
            ++askedCount;
        }
        if (u.agreedPercentage) {
            agreed += *u.agreedPercentage;
            ++agreedCount;
        }
    }
    if (askedCount)
        out.askedPercent = asked / askedCount;
    if (agreedCount)
        out.agreedPercent = agreed / agreedCount;
    for (const ContractedPlacement& p : placements)
        for (qsizetype i = 1; i < p.fees.size(); ++i) {
            if (!p.fees[i].uplift)
                continue;
            const QDate from = std::max(p.fees[i].from, year.start);
            QDate to = i + 1 < p.fees.size() ? p.fees[i + 1].from.addDays(-1) : year.end;
            to = std::min(to, year.end);
            if (from > to)
                continue;
            out.cost += p.daysWithin(from, to) * (p.fees[i].weeklyFee - p.fees[i - 1].weeklyFee) / 7.0;
        }
    return out;
}

} // namespace pd::core
