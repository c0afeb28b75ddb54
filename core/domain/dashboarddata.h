// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/budgetline.h"
#include "core/domain/funnelreferral.h"
#include "core/domain/placementhistory.h"

#include <QList>

namespace pd::core {

/// Everything the measures read, loaded from the database in one go (see dashboardqueries.h).
struct DashboardData {
    PlacementHistory history;
    QList<BudgetLineAmount> budgetLines; ///< amounts for the year asked for
    QList<FunnelReferral> referrals;
};

} // namespace pd::core
