// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demofile.h"

#include "core/domain/serveraddress.h"
#include "core/storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

namespace pd::core {

namespace {

void removeWithCompanions(const QString& path) {
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

/// On a server there is no temporary file to rename: the demo goes straight into an empty
/// database, which is refused if it already holds Placement Desk's rows.
Status createDemoOnServer(const QString& url, const DemoOptions& options,
                          const std::function<bool(int)>& progress) {
    Database::Options open;
    open.create = true;
    auto db = Database::open(url, open);
    if (!db)
        return db.error();
    if (!db.value()->createdNow())
        return Error::refused(QStringLiteral("%1 already holds Placement Desk's data; the demo writes only "
                                             "into an empty database. Create a new database for it.")
                                  .arg(db.value()->displayName()));
    if (auto s = generateDemo(*db.value(), options, progress); !s)
        return Error{s.error().kind,
                     QStringLiteral("%1 The database %2 may be partly filled: drop it and create it again "
                                    "before the next try.")
                         .arg(s.error().message, db.value()->displayName())};
    return {};
}

} // namespace

Status createDemoFile(const QString& path, JournalMode mode, const DemoOptions& options,
                      const std::function<bool(int)>& progress) {
    if (ServerAddress::isServer(path))
        return createDemoOnServer(path, options, progress);
    if (QFileInfo::exists(path))
        return Error::refused(QStringLiteral("%1 already exists; the demo writes only new files. Choose "
                                             "another name or delete the old file.")
                                  .arg(QDir::toNativeSeparators(path)));
    const QString temp = QStringLiteral("%1.%2.part")
                             .arg(QFileInfo(path).absoluteFilePath())
                             .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    {
        Database::Options open;
        open.create = true;
        open.newFileMode = mode;
        auto db = Database::open(temp, open);
        if (!db) {
            removeWithCompanions(temp);
            return db.error();
        }
        if (auto s = generateDemo(*db.value(), options, progress); !s) {
            db.value().reset();
            removeWithCompanions(temp);
            return s;
        }
    } // closed: SQLite has folded its write-ahead log into the file and removed it
    if (!QFile::rename(temp, path)) {
        removeWithCompanions(temp);
        return Error::io(QStringLiteral("The demo database was written but could not be named %1 (did "
                                        "another file of that name appear meanwhile?). Try again.")
                             .arg(QDir::toNativeSeparators(path)));
    }
    return {};
}

} // namespace pd::core
