// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/placementrecord.h"
#include "core/domain/tablesnapshot.h"

#include <QJsonArray>

namespace pd::core {

/// `export placements`: one row per placement, the same keys as CSV columns and as JSON object keys
/// (docs/cli.md): placement_id, child_id (SSDA903 CHILD), provider_urn, provision_code, start, end,
/// reason_end (REC), reason_place_change, ending_reason, agreed_weekly_cost, budget_line, ipc_version.
/// No Individual Placement Contract is stored yet, so ipc_version is 0 for every placement.
QStringList placementExportKeys();
TableSnapshot placementsTable(const QList<PlacementRecord>& placements);
QJsonArray placementsJson(const QList<PlacementRecord>& placements);

} // namespace pd::core
