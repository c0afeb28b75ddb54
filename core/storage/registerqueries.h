// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/registerarea.h"
#include "core/domain/registerrow.h"

namespace pd::core {

class Database;

/// Every provision with its provider, location and vacancies on the day (one query). With an
/// area, only rows whose location lies in the box around it are read (a cheap pre-filter:
/// RegisterCriteria still applies the exact distance).
Result<QList<RegisterRow>> registerRows(Database& db, const QDate& day,
                                        const std::optional<RegisterArea>& near = {});

} // namespace pd::core
