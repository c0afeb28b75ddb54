// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/contractedplacement.h"
#include "core/domain/feeuplift.h"

#include <QDate>

namespace pd::core {

/// The year's fee uplifts for the dashboard: requested against agreed, and what the agreed ones cost.
struct UpliftYear {
    int requests = 0; ///< requests effective in the year
    int agreed = 0;   ///< accepted or partly accepted
    int declined = 0;
    int open = 0;                        ///< not yet decided
    std::optional<double> askedPercent;  ///< average of the percentages asked
    std::optional<double> agreedPercent; ///< average of the percentages agreed
    double cost = 0; ///< what the IPC versions agreed uplifts made add to the year: new fee less the fee
                     ///< before, each day
};

/// The requests effective in the year ending yearEnd, and the cost in that year of every IPC version
/// an uplift made (FeeStep::uplift), over the placements' days in the year.
UpliftYear upliftYear(const QList<FeeUplift>& uplifts, const QList<ContractedPlacement>& placements,
                      const QDate& yearEnd);

} // namespace pd::core
