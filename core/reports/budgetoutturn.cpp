// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/budgetoutturn.h"

#include <QHash>
#include <algorithm>

namespace pd::core {

QList<BudgetOutturn> measureBudget(const PlacementHistory& history, const QList<BudgetLineAmount>& lines,
                                   const QDate& yearEnd, const QDate& asOf) {
    const FinancialYear year = FinancialYear::ending(yearEnd);
    const QDate today = std::clamp(asOf, year.start.addDays(-1), year.end);
    QList<BudgetOutturn> out;
    QHash<qint64, qsizetype> index;
    for (const BudgetLineAmount& l : lines) {
        index.insert(l.lineId, out.size());
        out.append(BudgetOutturn{l.lineId, l.name, l.amount, 0, 0, {}});
    }
    for (const ChildHistory& child : history.children)
        for (const Episode& e : child.episodes) {
            if (!e.weeklyCost || e.budgetLineId == 0)
                continue;
            const auto it = index.constFind(e.budgetLineId);
            if (it == index.cend())
                continue;
            const qint64 spentDays = today < year.start ? 0 : e.daysWithin(year.start, today);
            const qint64 committedDays = e.daysWithin(today.addDays(1), year.end);
            if (spentDays + committedDays == 0)
                continue;
            BudgetOutturn& o = out[*it];
            o.spent += *e.weeklyCost * double(spentDays) / 7.0;
            o.committed += *e.weeklyCost * double(committedDays) / 7.0;
            o.placementIds << e.placementId;
        }
    return out;
}

} // namespace pd::core
