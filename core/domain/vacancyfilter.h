// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/provision.h"

#include <QDate>
#include <QList>
#include <optional>

namespace pd::core {

/// Constraints SQL applies before matching sees a row (all optional; none = the whole register).
struct VacancyFilter {
    QDate today;                      ///< vacancies that ended before today are never read
    std::optional<QDate> availableBy; ///< available_from on or before this date
    QList<PlacementType> types;       ///< only these placement types
    int minPlaces = 0;
    bool onlyUsableProviders = false; ///< leave out suspended/excluded providers
};

} // namespace pd::core
