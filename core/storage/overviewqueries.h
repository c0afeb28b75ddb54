// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/tablesnapshot.h"
#include "core/result.h"

namespace pd::core {

class Database;

/// Current placements for the Placements tab.
Result<TableSnapshot> placementOverview(Database& db);

} // namespace pd::core
