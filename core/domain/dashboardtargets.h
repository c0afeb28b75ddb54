// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

namespace pd::core {

/// The manager's targets for measures 1-3 (percentages), drawn as lines on the charts.
struct DashboardTargets {
    std::optional<double> threeOrMorePlacements;
    std::optional<double> longTermStability;
    std::optional<double> distanceOver20Miles;
};

} // namespace pd::core
