// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QStringList>

namespace pd::core {

class Database;

struct IntegrityReport {
    bool ok = false;
    int schemaVersion = 0;
    int latestVersion = 0;
    QString mode;             ///< local or shared
    QStringList problems;     ///< integrity_check / foreign_key_check lines, empty when ok
};

/// Checks a file without changing it: opened read-only, never migrated.
Result<IntegrityReport> checkDatabaseFile(const QString& path);

/// Writes a consistent snapshot of the open database (VACUUM INTO); refuses to overwrite.
Status backupDatabase(Database& db, const QString& outPath);

} // namespace pd::core
