// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/importprogress.h"

namespace pd::core {

class Database;

/// Imports an ONS Postcode Directory style CSV (columns pcds, lat, long; others ignored) in
/// one transaction: every row is added or updated, or on the first bad row nothing is.
/// Rows ONS marks as having no grid reference (lat 99.999999) are skipped and counted.
Result<ImportSummary> importPostcodes(Database& db, QIODevice& file, const QString& fileLabel,
                                      const ImportProgress& progress = {});

} // namespace pd::core
