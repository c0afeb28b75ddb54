// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/costmeasures.h"

#include <QSet>

namespace pd::core {

IfaYear measureIfaYear(const PlacementHistory& history, const QDate& yearEnd) {
    const FinancialYear year = FinancialYear::ending(yearEnd);
    IfaYear row;
    row.yearEnd = yearEnd;
    QSet<QString> agencies;
    int selectList = 0;
    int ageSum = 0;
    int aged = 0;
    double costDays = 0;
    qint64 days = 0;
    for (const ChildHistory& child : history.children) {
        bool placed = false;
        bool preferred = false;
        for (const Episode& e : child.episodes) {
            if (e.category != PlacementCategory::Ifa)
                continue;
            const qint64 d = e.daysWithin(year.start, year.end);
            if (d == 0)
                continue;
            placed = true;
            preferred = preferred || e.selectList;
            if (!e.providerKey.isEmpty())
                agencies.insert(e.providerKey);
            if (e.weeklyCost) {
                costDays += *e.weeklyCost * double(d);
                days += d;
            }
        }
        if (!placed)
            continue;
        ++row.children;
        row.childIds << child.childId;
        selectList += preferred ? 1 : 0;
        if (const int age = child.ageOn(yearEnd); age >= 0) {
            ageSum += age;
            ++aged;
        }
    }
    row.ifasUsed = int(agencies.size());
    row.selectListPercent = row.children ? 100.0 * selectList / row.children : 0.0;
    row.averageAge = aged ? double(ageSum) / aged : 0.0;
    if (days > 0)
        row.unitCost = costDays / double(days);
    return row;
}

QList<UnitCost> measureUnitCosts(const PlacementHistory& history, const QDate& yearEnd) {
    const FinancialYear year = FinancialYear::ending(yearEnd);
    QList<UnitCost> out;
    QList<double> costDays(kPlacementCategories.size(), 0.0);
    for (PlacementCategory c : kPlacementCategories)
        out.append(UnitCost{c, 0, 0, std::nullopt, {}});
    for (const ChildHistory& child : history.children) {
        std::array<bool, kPlacementCategories.size()> seen{};
        for (const Episode& e : child.episodes) {
            if (!e.weeklyCost)
                continue;
            const qint64 d = e.daysWithin(year.start, year.end);
            if (d == 0)
                continue;
            const auto c = std::size_t(e.category);
            costDays[c] += *e.weeklyCost * double(d);
            out[c].days += d;
            if (!seen[c]) {
                seen[c] = true;
                ++out[c].children;
                out[c].childIds << child.childId;
            }
        }
    }
    for (std::size_t c = 0; c < kPlacementCategories.size(); ++c)
        if (out[c].days > 0)
            out[c].weekly = costDays[c] / double(out[c].days);
    return out;
}

Savings measureSavings(const PlacementHistory& history, const QDate& yearEnd) {
    const FinancialYear year = FinancialYear::ending(yearEnd);
    Savings s;
    for (const ChildHistory& child : history.children)
        for (const Episode& e : child.episodes) {
            if (!e.weeklyCost || !e.firstQuotedFee)
                continue;
            const qint64 d = e.daysWithin(year.start, year.end);
            if (d == 0)
                continue;
            s.total += (*e.firstQuotedFee - *e.weeklyCost) * double(d) / 7.0;
            ++s.placements;
            s.placementIds << e.placementId;
        }
    return s;
}

} // namespace pd::core
