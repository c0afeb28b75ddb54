// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/dashboarddata.h"
#include "core/domain/dashboardtargets.h"
#include "core/domain/retenderrow.h"
#include "core/domain/tablesnapshot.h"
#include "core/exchange/ssda903export.h"
#include "core/exchange/ssda903import.h"
#include "core/reports/indicatorreport.h"
#include "core/reports/paymentsoutturn.h"
#include "core/reports/upliftyear.h"
#include "core/result.h"

namespace pd::core {

class Database;

/// The team's measures and what the manager sets for them (targets, budgets), and the SSDA903
/// return the measures can be read from.
class DashboardService {
  public:
    explicit DashboardService(Database& db) : m_db(db) {}

    /// What the measures read for the year ending yearEnd (a 31 March).
    Result<DashboardData> data(const QDate& yearEnd) const;
    /// Every measure for the year ending yearEnd, "spent to date" up to asOf.
    Result<IndicatorReport> report(const QDate& yearEnd, const QDate& asOf) const;

    /// Each budget line's year from payments: approved invoices to asOf, an estimate apart for the days
    /// not yet invoiced, and what the current contracts (uplifts included) commit to 31 March.
    Result<QList<PaymentsOutturn>> outturnFromPayments(const QDate& yearEnd, const QDate& asOf) const;

    /// The year's fee uplifts: requested against agreed, and what the agreed ones add to the year.
    Result<UpliftYear> upliftYear(const QDate& yearEnd) const;
    /// The select-list retender table for the year ending yearEnd, one row per provider.
    Result<QList<RetenderRow>> retender(const QDate& yearEnd) const;

    Result<DashboardTargets> targets() const;
    Status setTargets(const DashboardTargets& targets);
    Status setBudgetAmount(const BudgetLineAmount& line, const QDate& yearEnd, double amount);
    Result<qint64> addBudgetLine(const QString& name, const QString& category);

    /// Loads an SSDA903 episodes + header return as placement histories, all or nothing.
    Result<Ssda903ImportSummary> importReturn(const QString& episodesPath, const QString& headerPath);
    /// Writes the authority's own return for the year ending yearEnd from its placements (a read:
    /// the file is not changed); refused, with every problem, when it would break DfE's rules.
    Result<Ssda903ExportSummary> exportReturn(const QDate& yearEnd, const QString& episodesPath,
                                              const QString& headerPath) const;

  private:
    Database& m_db;
};

} // namespace pd::core
