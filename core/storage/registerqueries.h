// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/registerrow.h"

namespace pd::core {

class Database;

/// Every provision with its provider, location and vacancies on the day (one query).
Result<QList<RegisterRow>> registerRows(Database& db, const QDate& day);

} // namespace pd::core
