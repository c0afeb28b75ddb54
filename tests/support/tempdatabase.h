// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/desk.h"
#include "core/storage/database.h"

#include <QTemporaryDir>
#include <memory>

namespace pd::test {

/// A database in a temporary folder, built by the real migrations, removed afterwards; with
/// PD_TEST_DB_URL set, a new database on that PostgreSQL server instead (tests/support/testserver.h).
class TempDatabase {
  public:
    explicit TempDatabase(core::JournalMode mode = core::JournalMode::Local);
    ~TempDatabase();
    TempDatabase(const TempDatabase&) = delete;
    TempDatabase& operator=(const TempDatabase&) = delete;

    core::Database& db() { return *m_db; }
    /// The services over db(), as the GUI and the command line get them.
    core::Desk& desk() {
        if (!m_desk)
            m_desk = std::make_unique<core::Desk>(*m_db);
        return *m_desk;
    }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    /// Another connection to the same file (as a colleague's PC would have).
    std::unique_ptr<core::Database> openAnother(const QString& user = QStringLiteral("colleague")) const;
    void close() {
        m_desk.reset();
        m_db.reset();
    }

  private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<core::Database> m_db;
    std::unique_ptr<core::Desk> m_desk;
};

/// Fails the current test with the error's message when r is not ok.
#define PD_REQUIRE_OK(r)                                                                                     \
    do {                                                                                                     \
        const auto& pd_result_ = (r);                                                                        \
        INFO((pd_result_.ok() ? QString() : pd_result_.error().message).toStdString());                      \
        REQUIRE(pd_result_.ok());                                                                            \
    } while (false)

} // namespace pd::test
