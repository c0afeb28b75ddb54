// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/registerrow.h"

namespace pd::core {

class Database;

/// A circle on the map: the register rows near a point.
struct RegisterArea {
    Coordinates centre;
    double miles = 0;
};

/// Every provision with its provider, location and vacancies on the day (one query). With an
/// area, only rows whose location lies in the box around it are read (a cheap pre-filter:
/// RegisterCriteria still applies the exact distance).
Result<QList<RegisterRow>> registerRows(Database& db, const QDate& day, const std::optional<RegisterArea>& near = {});

} // namespace pd::core
