// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/tablesnapshot.h"
#include "core/result.h"

namespace pd::core {

/// Writes a table as RFC 4180 CSV (UTF-8, CRLF, fields quoted when they need it).
QByteArray tableToCsv(const TableSnapshot& table);
/// Writes the CSV to a file, replacing it.
Status saveTableCsv(const TableSnapshot& table, const QString& path);

} // namespace pd::core
