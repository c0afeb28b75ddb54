// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/retenderrow.h"
#include "core/result.h"

#include <QDate>

namespace pd::core {

class Database;

/// The select-list retender table for the year from `from` to `to` (both included): one row per
/// provider on the select list or a regional framework, and per other provider with any referral,
/// offer, placement, ending or uplift request in the year; by provider name. Six grouped statements.
Result<QList<RetenderRow>> retenderRows(Database& db, const QDate& from, const QDate& to);

} // namespace pd::core
