// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/budgetline.h"
#include "core/domain/dashboardtargets.h"
#include "core/result.h"

#include <QDate>

#include <optional>

namespace pd::core {

class Database;

/// What the manager sets on the dashboard: targets (in `settings`) and budget amounts. Audited. Who
/// may set them is DashboardService's check (core/domain/permissions), not this class's.
class DashboardSettings {
  public:
    explicit DashboardSettings(Database& db) : m_db(db) {}

    Result<DashboardTargets> targets() const;
    Status setTargets(const DashboardTargets& targets);

    /// Sets a line's budget for a year; refused (Conflict) if someone changed it since `line` was read.
    Status setBudgetAmount(const BudgetLineAmount& line, const QDate& yearEnd, double amount);
    /// Adds a budget line (name unique), e.g. "IFA placements" for category "ifa".
    Result<qint64> addBudgetLine(const QString& name, const QString& category);

  private:
    Database& m_db;
};

} // namespace pd::core
