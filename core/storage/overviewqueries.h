// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/tablesnapshot.h"
#include "core/result.h"

namespace pd::core {

class Database;

/// Current placements for the Placements tab.
Result<TableSnapshot> placementOverview(Database& db);

/// Runs a read-only SELECT (from code, never from users) into a snapshot.
Result<TableSnapshot> snapshotOf(Database& db, const QString& sql, const QStringList& headers);

} // namespace pd::core
