// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/budgetline.h"
#include "core/domain/placementhistory.h"

namespace pd::core {

/// Measure 7 for one budget line: forecast outturn = spent to date + committed to 31 March.
struct BudgetOutturn {
    qint64 lineId = 0;
    QString name;
    std::optional<double> budget;
    double spent = 0;
    double committed = 0;
    double forecast() const { return spent + committed; }
    /// Budget minus forecast: negative is an overspend.
    std::optional<double> variance() const {
        return budget ? std::optional<double>(*budget - forecast()) : std::nullopt;
    }
    QList<qint64> placementIds;
};

/// Spent = weekly cost x days from 1 April to asOf; committed = days after asOf to 31 March of
/// the episodes still open then. asOf is clamped into the year (a past year is all spent).
QList<BudgetOutturn> measureBudget(const PlacementHistory& history, const QList<BudgetLineAmount>& lines,
                                   const QDate& yearEnd, const QDate& asOf);

} // namespace pd::core
