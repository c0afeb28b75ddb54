// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/retenderrow.h"
#include "core/domain/tablesnapshot.h"

#include <QList>

namespace pd::core {

/// The retender table as `retender` exports it to CSV (column names in docs/cli.md; money as plain
/// numbers with two decimals, empty where there is none).
TableSnapshot retenderTable(const QList<RetenderRow>& rows);
/// The same, printed for people: one block per provider.
QString retenderText(const QList<RetenderRow>& rows, const QDate& yearEnd);

} // namespace pd::core
