// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/tempdatabase.h"

#include "tests/support/catch.h"

namespace pd::test {

TempDatabase::TempDatabase(core::JournalMode mode) : m_path(m_dir.filePath(QStringLiteral("test.sqlite"))) {
    core::Database::Options options;
    options.create = true;
    options.newFileMode = mode;
    auto db = core::Database::open(m_path, options);
    if (!db)
        FAIL(db.error().message.toStdString());
    m_db = std::move(db.value());
    m_db->setUserName(QStringLiteral("tester"));
}

std::unique_ptr<core::Database> TempDatabase::openAnother(const QString& user) const {
    auto db = core::Database::open(m_path);
    if (!db)
        FAIL(db.error().message.toStdString());
    db.value()->setUserName(user);
    return std::move(db.value());
}

} // namespace pd::test
