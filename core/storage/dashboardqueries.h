// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/dashboarddata.h"
#include "core/result.h"

namespace pd::core {

class Database;

/// Every child's placement history with postcodes resolved and providers identified, in one query.
Result<PlacementHistory> loadPlacementHistory(Database& db);
/// Budget lines with their amounts for the year (lines without an amount included).
Result<QList<BudgetLineAmount>> loadBudgetLines(Database& db, const QDate& yearEnd);
/// Referrals with when they were placed (their first placement in `history`) and how many
/// offers met the essential criteria.
Result<QList<FunnelReferral>> loadFunnelReferrals(Database& db, const PlacementHistory& history);
/// All of the above: what buildIndicatorReport() needs.
Result<DashboardData> loadDashboardData(Database& db, const QDate& yearEnd);

} // namespace pd::core
