// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/maintenance.h"

#include "core/storage/database.h"
#include "core/storage/sql.h"
#include "core/storage/sqlitepragmas.h"

#include <QDir>
#include <QFileInfo>

namespace pd::core {

Result<IntegrityReport> checkDatabaseFile(const QString& path) {
    Database::Options options;
    options.readOnly = true;
    options.migrate = false;
    auto opened = Database::open(path, options);
    if (!opened)
        return opened.error();
    Database& db = *opened.value();

    IntegrityReport report;
    report.schemaVersion = db.schemaVersion();
    report.latestVersion = latestSchemaVersion();
    report.mode = db.isServer() ? QStringLiteral("server") : journalModeName(db.mode());
    if (!db.isServer()) { // a server checks its pages and keys itself, on every write
        auto problems = SqlitePragmas::integrityProblems(Sql(db));
        if (!problems)
            return problems.error();
        report.problems = problems.value();
    }
    if (report.schemaVersion < report.latestVersion)
        report.problems
            << QStringLiteral(
                   "schema version %1 is older than %2: open it once with this version to upgrade it")
                   .arg(report.schemaVersion)
                   .arg(report.latestVersion);
    report.ok = report.problems.isEmpty();
    return report;
}

Status backupDatabase(Database& db, const QString& outPath) {
    if (db.isServer())
        return Error::refused(
            QStringLiteral("A database on a server is backed up by the server (pg_dump "
                           "%1 > FILE, or the server's own backups), not by Placement Desk.")
                .arg(db.displayName()));
    const QFileInfo out(outPath);
    if (out.exists())
        return Error::refused(QStringLiteral("%1 already exists. Choose a new file name: a backup never "
                                             "overwrites a file.")
                                  .arg(QDir::toNativeSeparators(outPath)));
    if (!out.absoluteDir().exists())
        return Error::io(QStringLiteral("The folder %1 does not exist.")
                             .arg(QDir::toNativeSeparators(out.absolutePath())));
    return SqlitePragmas::backupTo(
        Sql(db), out.absoluteFilePath(),
        QStringLiteral("writing the backup to %1").arg(QDir::toNativeSeparators(outPath)));
}

} // namespace pd::core
