// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/placementhistory.h"

namespace pd::core {

/// Measure 5: one row of the IFA table (as in the commissioning plan).
struct IfaYear {
    QDate yearEnd;
    int children = 0;               ///< children with an IFA placement overlapping the year
    int ifasUsed = 0;               ///< distinct agencies
    double selectListPercent = 0;   ///< children placed with a select-list (preferred) provider
    double averageAge = 0;          ///< whole years on 31 March, averaged
    std::optional<double> unitCost; ///< average weekly cost, weighted by days in the year
    QList<qint64> childIds;
};

/// Measure 6: average gross weekly cost of one category, weighted by days in the year.
struct UnitCost {
    PlacementCategory category = PlacementCategory::Other;
    int children = 0;
    qint64 days = 0;              ///< costed days in the year
    std::optional<double> weekly; ///< null when no episode of the category has a cost
    QList<qint64> childIds;
};

/// Measure 9: (first quoted weekly fee - agreed weekly fee) x weeks in the year.
struct Savings {
    double total = 0;
    int placements = 0; ///< episodes with both fees known that overlap the year
    QList<qint64> placementIds;
};

IfaYear measureIfaYear(const PlacementHistory& history, const QDate& yearEnd);
/// One entry per category, in kPlacementCategories order.
QList<UnitCost> measureUnitCosts(const PlacementHistory& history, const QDate& yearEnd);
Savings measureSavings(const PlacementHistory& history, const QDate& yearEnd);

} // namespace pd::core
