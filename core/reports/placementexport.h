// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/placementrecord.h"
#include "core/domain/tablesnapshot.h"

#include <QJsonArray>

namespace pd::core {

/// `export placements`: one row per placement, the same keys as CSV columns and as JSON object keys
/// (docs/cli.md): placement_id, child_id (SSDA903 CHILD), provider_urn, provision_code, start, end,
/// reason_end (REC), reason_place_change, ending_reason, agreed_weekly_cost, budget_line, ipc_version.
/// ipc_version is the current version of the placement's Individual Placement Contract (0 for a
/// placement without one: an imported SSDA903 history).
QStringList placementExportKeys();
TableSnapshot placementsTable(const QList<PlacementRecord>& placements);
QJsonArray placementsJson(const QList<PlacementRecord>& placements);

} // namespace pd::core
