// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/geo.h"

namespace pd::core {

/// A circle on the map: the register rows near a point.
struct RegisterArea {
    Coordinates centre;
    double miles = 0;
};

} // namespace pd::core
