// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/integrityreport.h"
#include "core/result.h"

#include <QStringList>

namespace pd::core {

class Database;

/// Checks a file without changing it: opened read-only, never migrated.
Result<IntegrityReport> checkDatabaseFile(const QString& path);

/// Writes a consistent snapshot of the open database (VACUUM INTO); refuses to overwrite.
Status backupDatabase(Database& db, const QString& outPath);

} // namespace pd::core
