// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/fileidentity.h"

#include "core/storage/sql.h"
#include "core/storage/sqlitepragmas.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace pd::core {

namespace {

// Tables every Placement Desk schema has had since version 1: a file from before the
// application id is ours when it holds all of them.
const QStringList kOwnTables{QStringLiteral("settings"), QStringLiteral("users"), QStringLiteral("audit_log"),
                             QStringLiteral("referrals"), QStringLiteral("providers")};

QString shown(const QString& path) {
    return QDir::toNativeSeparators(path);
}

QString whatToDo() {
    return QStringLiteral("Placement Desk did not change it. Open a Placement Desk database, or create a "
                          "new one with File \u203a New or 'placement-desk demo --db NEWFILE'.");
}

Error notOurs(const QString& path, const QString& what) {
    return Error::refused(
        QStringLiteral("%1 is not a Placement Desk database: %2. %3").arg(shown(path), what, whatToDo()));
}

} // namespace

Status FileIdentity::checkBytes(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(QStringLiteral("Cannot read %1: %2.").arg(shown(path), file.errorString()));
    const QByteArray head = file.read(100);
    if (head.isEmpty()) {
        // A file of no bytes with a write-ahead log beside it is a database SQLite has yet to
        // checkpoint; SQLite reads it and checkSchema() decides.
        if (QFileInfo(path + QStringLiteral("-wal")).size() > 0)
            return {};
        return notOurs(path, QStringLiteral("it is an empty file (0 bytes), perhaps left by a program "
                                            "that was stopped while creating it"));
    }
    static const QByteArray kMagic("SQLite format 3\0", 16);
    if (!head.startsWith(kMagic))
        return Error::refused(
            QStringLiteral("%1 is not a usable Placement Desk database: it is not a SQLite database file "
                           "(its first bytes are not SQLite's). If it was a Placement Desk database it "
                           "is damaged: restore it from a backup. %2")
                .arg(shown(path), whatToDo()));
    if (head.size() < 100)
        return Error::refused(
            QStringLiteral("%1 is not a usable Placement Desk database: it ends inside SQLite's 100-byte "
                           "header (%2 bytes), so it is damaged. Restore it from a backup. %3")
                .arg(shown(path))
                .arg(head.size())
                .arg(whatToDo()));
    return {};
}

Status FileIdentity::checkSchema(const Sql& sql, const QString& path, int latest) {
    const QString doing = QStringLiteral("reading what %1 is").arg(shown(path));
    // Busy is a colleague saving; any other failure to read the header or the schema is damage.
    const auto unreadable = [&](const Error& e) {
        if (e.message.contains(QLatin1String("busy")))
            return e;
        return Error::refused(QStringLiteral("%1 is not a usable Placement Desk database: SQLite cannot read "
                                             "its header or its list of tables (%2). If it was a Placement "
                                             "Desk database it is damaged: restore it from a backup. %3")
                                  .arg(shown(path), e.message, whatToDo()));
    };
    auto id = SqlitePragmas::applicationId(sql);
    if (!id)
        return unreadable(id.error());
    const int version = SqlitePragmas::userVersion(sql);
    auto rows = sql.query(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                                         "LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"),
                          {}, doing);
    if (!rows)
        return unreadable(rows.error());
    QStringList tables;
    while (rows->next())
        tables << rows->valueAt(0).toString();

    if (id.value() != 0 && id.value() != kApplicationId)
        return notOurs(path, QStringLiteral("it is a SQLite database of another program, or its header is "
                                            "damaged (application id 0x%1)")
                                 .arg(quint32(id.value()), 8, 16, QLatin1Char('0')));
    bool ours = id.value() == kApplicationId;
    if (!ours) {
        QStringList missing;
        for (const QString& t : kOwnTables)
            if (!tables.contains(t))
                missing << t;
        if (tables.isEmpty())
            return notOurs(path, QStringLiteral("it is a SQLite database with no tables, perhaps left by a "
                                                "program that was stopped while creating it"));
        if (!missing.isEmpty()) {
            const QStringList listed = tables.mid(0, 8);
            return notOurs(path,
                           QStringLiteral("it is a SQLite database of another program (its tables: "
                                          "%1%2)")
                               .arg(listed.join(QStringLiteral(", ")),
                                    tables.size() > listed.size() ? QStringLiteral(", ...") : QString()));
        }
        ours = version > 0;
        if (!ours)
            return notOurs(path, QStringLiteral("it has tables named like Placement Desk's but no schema "
                                                "version"));
    }
    if (version > latest)
        return Error::refused(QStringLiteral("%1 was written by a newer version of Placement Desk (schema "
                                             "version %2; this program knows up to %3). Install the newer "
                                             "version, or open another file. The file was not changed.")
                                  .arg(shown(path))
                                  .arg(version)
                                  .arg(latest));
    return {};
}

} // namespace pd::core
