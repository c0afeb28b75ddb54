// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/maintenance.h"

#include "core/storage/database.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlRecord>

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
    report.mode = journalModeName(db.mode());
    for (const QString& pragma :
         {QStringLiteral("PRAGMA integrity_check"), QStringLiteral("PRAGMA foreign_key_check")}) {
        QSqlQuery q = db.prepare(pragma);
        if (auto s = db.exec(q, QStringLiteral("checking the database")); !s)
            return s.error();
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << q.value(i).toString();
            const QString line = cells.join(QStringLiteral(" "));
            if (line != QLatin1String("ok"))
                report.problems << line;
        }
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
    const QFileInfo out(outPath);
    if (out.exists())
        return Error::refused(QStringLiteral("%1 already exists. Choose a new file name: a backup never "
                                             "overwrites a file.")
                                  .arg(QDir::toNativeSeparators(outPath)));
    if (!out.absoluteDir().exists())
        return Error::io(QStringLiteral("The folder %1 does not exist.")
                             .arg(QDir::toNativeSeparators(out.absolutePath())));
    QSqlQuery q = db.prepare(QStringLiteral("VACUUM INTO :out"));
    q.bindValue(QStringLiteral(":out"), out.absoluteFilePath());
    return db.exec(q, QStringLiteral("writing the backup to %1").arg(QDir::toNativeSeparators(outPath)));
}

} // namespace pd::core
