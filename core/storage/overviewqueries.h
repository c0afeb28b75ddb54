// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/tablesnapshot.h"
#include "core/result.h"

namespace pd::core {

class Database;

/// Read-only lists for the main window's areas (the foundation's first views).
Result<TableSnapshot> referralOverview(Database& db);
Result<TableSnapshot> providerOverview(Database& db);
Result<TableSnapshot> placementOverview(Database& db);
/// Headline counts for the dashboard area: what, how many.
Result<TableSnapshot> dashboardOverview(Database& db);

/// Runs a read-only SELECT (from code, never from users) into a snapshot.
Result<TableSnapshot> snapshotOf(Database& db, const QString& sql, const QStringList& headers);

} // namespace pd::core
