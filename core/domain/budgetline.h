// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace pd::core {

/// A budget line and its amount for one year (no amount set yet: null).
struct BudgetLineAmount {
    qint64 lineId = 0;
    QString name;
    QString category;
    std::optional<double> amount;
    qint64 budgetId = 0;      ///< the budgets row (0 when none yet)
    qint64 budgetVersion = 0; ///< its row_version, for optimistic concurrency
};

} // namespace pd::core
