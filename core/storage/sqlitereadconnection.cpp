// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sqlitereadconnection.h"

#include "core/storage/database.h"

#include <QDir>
#include <atomic>
#include <sqlite3.h>

namespace pd::core {

namespace {

class SqliteReadStatement final : public ReadStatement {
  public:
    SqliteReadStatement(sqlite3* db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) {}
    ~SqliteReadStatement() override { sqlite3_finalize(m_stmt); }

    void bindText(int i, QByteArrayView utf8) override {
        sqlite3_bind_text(m_stmt, i, utf8.data(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void bindInt(int i, int value) override { sqlite3_bind_int(m_stmt, i, value); }
    void bindInt64(int i, qint64 value) override { sqlite3_bind_int64(m_stmt, i, value); }
    void bindDouble(int i, double value) override { sqlite3_bind_double(m_stmt, i, value); }

    Step step() override {
        const int rc = sqlite3_step(m_stmt);
        return rc == SQLITE_ROW ? Step::Row : rc == SQLITE_DONE ? Step::Done : Step::Failed;
    }
    void reset() override {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }

    bool isNull(int i) const override { return sqlite3_column_type(m_stmt, i) == SQLITE_NULL; }
    int integer(int i) const override { return sqlite3_column_int(m_stmt, i); }
    qint64 int64(int i) const override { return sqlite3_column_int64(m_stmt, i); }
    double real(int i) const override { return sqlite3_column_double(m_stmt, i); }
    QByteArrayView bytes(int i) const override {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, i));
        return p ? QByteArrayView(p, sqlite3_column_bytes(m_stmt, i)) : QByteArrayView();
    }

    QString errorMessage() const override { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

  private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt;
};

std::atomic<qint64> g_serial{1};

} // namespace

Result<std::unique_ptr<SqliteReadConnection>> SqliteReadConnection::open(const QString& path,
                                                                         int busyTimeoutMs,
                                                                         std::function<Status()> recover,
                                                                         bool memoryMapped) {
    // sqlite3_open_v2 takes UTF-8 on every platform (it converts for Windows itself).
    sqlite3* db = nullptr;
    const int rc =
        sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString text =
            db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close(db);
        return Database::errorFromText(
            text, QStringLiteral("opening %1 for reading").arg(QDir::toNativeSeparators(path)));
    }
    sqlite3_busy_timeout(db, busyTimeoutMs);
    if (memoryMapped) // up to 1 GiB (SQLite keeps to its own build's limit); reads page by page if refused
        sqlite3_exec(db, "PRAGMA mmap_size = 1073741824", nullptr, nullptr, nullptr);
    std::unique_ptr<SqliteReadConnection> c(new SqliteReadConnection(db, std::move(recover)));
    if (sqlite3_prepare_v2(db, "PRAGMA data_version", -1, &c->m_dataVersion, nullptr) != SQLITE_OK)
        return c->error(QStringLiteral("opening %1 for reading").arg(QDir::toNativeSeparators(path)));
    return c;
}

SqliteReadConnection::SqliteReadConnection(sqlite3* db, std::function<Status()> recover)
    : m_db(db), m_recover(std::move(recover)), m_serial(g_serial.fetch_add(1)) {}

SqliteReadConnection::~SqliteReadConnection() {
    sqlite3_finalize(m_dataVersion);
    sqlite3_close(m_db);
}

Error SqliteReadConnection::error(const QString& doing) const {
    return Database::errorFromText(QString::fromUtf8(sqlite3_errmsg(m_db)), doing);
}

bool SqliteReadConnection::hotJournal() const {
    return sqlite3_extended_errcode(m_db) == SQLITE_READONLY_ROLLBACK;
}

Result<std::unique_ptr<ReadStatement>> SqliteReadConnection::prepare(const char* sql, const QString& doing) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return error(doing);
    }
    return std::unique_ptr<ReadStatement>(new SqliteReadStatement(m_db, stmt));
}

Result<qint64> SqliteReadConnection::changeStamp() {
    const QString doing = QStringLiteral("checking whether the database changed");
    int rc = sqlite3_step(m_dataVersion);
    if (rc != SQLITE_ROW && hotJournal() && m_recover) {
        sqlite3_reset(m_dataVersion);
        if (auto s = m_recover(); !s)
            return s.error();
        rc = sqlite3_step(m_dataVersion);
    }
    if (rc != SQLITE_ROW) {
        const Error e = error(doing);
        sqlite3_reset(m_dataVersion);
        return e;
    }
    const qint64 version = sqlite3_column_int64(m_dataVersion, 0);
    sqlite3_reset(m_dataVersion); // outside a snapshot this releases the read lock at once
    return (m_serial << 32) | (version & 0xffffffff);
}

Status SqliteReadConnection::beginSnapshot() {
    const QString doing = QStringLiteral("reading the database");
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
            return error(doing);
        // Take the snapshot now (shared lock, or a WAL read mark) rather than at the first statement.
        if (sqlite3_step(m_dataVersion) == SQLITE_ROW) {
            sqlite3_reset(m_dataVersion);
            return {};
        }
        const bool hot = hotJournal();
        const Error e = error(doing);
        sqlite3_reset(m_dataVersion);
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        if (!hot || !m_recover || attempt > 0)
            return e;
        if (auto s = m_recover(); !s)
            return s;
    }
    return {};
}

void SqliteReadConnection::endSnapshot() {
    // A read transaction left open would block every writer of a shared file: make sure it ends.
    if (sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK && !sqlite3_get_autocommit(m_db))
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

} // namespace pd::core
