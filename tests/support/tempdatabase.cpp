// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/tempdatabase.h"

#include "tests/support/catch.h"
#include "tests/support/testserver.h"

namespace pd::test {

TempDatabase::TempDatabase(core::JournalMode mode)
    : m_path(TestServer::active() ? TestServer::createDatabase()
                                  : m_dir.filePath(QStringLiteral("test.sqlite"))) {
    core::Database::Options options;
    options.create = true;
    options.newFileMode = mode;
    auto db = core::Database::open(m_path, options);
    if (!db)
        FAIL(db.error().message.toStdString());
    m_db = std::move(db.value());
    m_db->setUserName(QStringLiteral("tester"));
}

TempDatabase::~TempDatabase() {
    close();
    if (TestServer::active())
        TestServer::dropDatabase(m_path);
}

std::unique_ptr<core::Database> TempDatabase::openAnother(const QString& user) const {
    auto db = core::Database::open(m_path);
    if (!db)
        FAIL(db.error().message.toStdString());
    db.value()->setUserName(user);
    return std::move(db.value());
}

} // namespace pd::test
