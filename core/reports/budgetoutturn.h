// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/placementhistory.h"

namespace pd::core {

/// A budget line and its amount for one year (no amount set yet: null).
struct BudgetLineAmount {
    qint64 lineId = 0;
    QString name;
    QString category;
    std::optional<double> amount;
    qint64 budgetId = 0;       ///< the budgets row (0 when none yet)
    qint64 budgetVersion = 0;  ///< its row_version, for optimistic concurrency
};

/// Measure 7 for one budget line: forecast outturn = spent to date + committed to 31 March.
struct BudgetOutturn {
    qint64 lineId = 0;
    QString name;
    std::optional<double> budget;
    double spent = 0;
    double committed = 0;
    double forecast() const { return spent + committed; }
    /// Budget minus forecast: negative is an overspend.
    std::optional<double> variance() const
    {
        return budget ? std::optional<double>(*budget - forecast()) : std::nullopt;
    }
    QList<qint64> placementIds;
};

/// Spent = weekly cost x days from 1 April to asOf; committed = days after asOf to 31 March of
/// the episodes still open then. asOf is clamped into the year (a past year is all spent).
QList<BudgetOutturn> measureBudget(const PlacementHistory& history, const QList<BudgetLineAmount>& lines,
                                   const QDate& yearEnd, const QDate& asOf);

} // namespace pd::core
