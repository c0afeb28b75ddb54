// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demofile.h"

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

} // namespace

Status createDemoFile(const QString& path, JournalMode mode, const DemoOptions& options,
                      const std::function<bool(int)>& progress) {
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
