// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sqlitepragmas.h"

#include "core/storage/sql.h"

namespace pd::core {

Status SqlitePragmas::checkReadable(const Sql& sql) {
    return sql.run(QStringLiteral("PRAGMA schema_version"), {}, QStringLiteral("reading the file"));
}

Status SqlitePragmas::enableForeignKeys(const Sql& sql) {
    return sql.run(QStringLiteral("PRAGMA foreign_keys = ON"), {}, QStringLiteral("enabling foreign keys"));
}

Result<JournalMode> SqlitePragmas::journalMode(const Sql& sql) {
    auto mode =
        sql.scalar(QStringLiteral("PRAGMA journal_mode"), {}, QStringLiteral("reading the journal mode"));
    if (!mode)
        return mode.error();
    return mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0 ? JournalMode::Local
                                                                                    : JournalMode::Shared;
}

Result<QString> SqlitePragmas::setJournalMode(const Sql& sql, JournalMode mode) {
    auto got = sql.scalar(mode == JournalMode::Local ? QStringLiteral("PRAGMA journal_mode = WAL")
                                                     : QStringLiteral("PRAGMA journal_mode = DELETE"),
                          {}, QStringLiteral("changing the database mode"));
    if (!got)
        return got.error();
    return got->toString().toLower();
}

Status SqlitePragmas::relaxSynchronous(const Sql& sql) {
    return sql.run(QStringLiteral("PRAGMA synchronous = NORMAL"), {}, QStringLiteral("setting synchronous"));
}

int SqlitePragmas::userVersion(const Sql& sql) {
    auto v = sql.scalar(QStringLiteral("PRAGMA user_version"), {}, QStringLiteral("reading the version"));
    return v && v->isValid() ? v->toInt() : -1;
}

Status SqlitePragmas::setUserVersion(const Sql& sql, int version, const QString& doing) {
    // A PRAGMA takes no bound values; the version is a number from code.
    return sql.run(QStringLiteral("PRAGMA user_version = %1").arg(version), {}, doing);
}

Result<qint32> SqlitePragmas::applicationId(const Sql& sql) {
    auto v = sql.scalar(QStringLiteral("PRAGMA application_id"), {},
                        QStringLiteral("reading which program the file belongs to"));
    if (!v)
        return v.error();
    return qint32(v->toLongLong());
}

Status SqlitePragmas::setApplicationId(const Sql& sql, qint32 id) {
    return sql.run(QStringLiteral("PRAGMA application_id = %1").arg(id), {},
                   QStringLiteral("marking the file as a Placement Desk database"));
}

Result<qint64> SqlitePragmas::cacheSize(const Sql& sql) {
    auto v = sql.scalar(QStringLiteral("PRAGMA cache_size"), {}, QStringLiteral("reading the cache size"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

Status SqlitePragmas::setCacheSize(const Sql& sql, qint64 size) {
    return sql.run(QStringLiteral("PRAGMA cache_size = %1").arg(size), {},
                   QStringLiteral("changing the cache size"));
}

Result<QStringList> SqlitePragmas::integrityProblems(const Sql& sql) {
    QStringList problems;
    for (const QString& pragma :
         {QStringLiteral("PRAGMA integrity_check"), QStringLiteral("PRAGMA foreign_key_check")}) {
        auto rows = sql.query(pragma, {}, QStringLiteral("checking the database"));
        if (!rows)
            return rows.error();
        while (rows->next()) {
            QStringList cells;
            for (int i = 0; i < rows->columnCount(); ++i)
                cells << rows->valueAt(i).toString();
            const QString line = cells.join(QStringLiteral(" "));
            if (line != QLatin1String("ok"))
                problems << line;
        }
    }
    return problems;
}

Status SqlitePragmas::backupTo(const Sql& sql, const QString& path, const QString& doing) {
    return sql.run(QStringLiteral("VACUUM INTO :out"), {{QStringLiteral(":out"), path}}, doing);
}

Status SqlitePragmas::beginWriting(const Sql& sql) {
    return sql.run(QStringLiteral("BEGIN IMMEDIATE"), {}, QStringLiteral("starting a change"));
}

} // namespace pd::core
