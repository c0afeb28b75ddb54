// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/importprogress.h"

namespace pd::core {

class Database;

/// The register's file imports (docs/formats.md). Each is all-or-nothing: every bad row is
/// listed as "FILE, line N: reason" and the database is unchanged. Re-importing updates
/// the records with the same key (provider: Ofsted URN; provision: provider URN + code;
/// vacancy: provision + available_from) instead of adding duplicates.
Result<ImportSummary> importProviders(Database& db, QIODevice& file, const QString& fileLabel,
                                      const ImportProgress& progress = {});
Result<ImportSummary> importProvisions(Database& db, QIODevice& file, const QString& fileLabel,
                                       const ImportProgress& progress = {});
Result<ImportSummary> importVacancies(Database& db, QIODevice& file, const QString& fileLabel,
                                      const ImportProgress& progress = {});

} // namespace pd::core
