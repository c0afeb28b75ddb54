// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef PD_STORAGE_INTERNAL
#error                                                                                                       \
    "core/storage/sqlitereadconnection.h is storage-internal: SQL stays in core/storage (docs/architecture.md)."
#endif

#include "core/storage/readconnection.h"

#include <functional>

struct sqlite3;
struct sqlite3_stmt;

namespace pd::core {

/// ReadConnection on an SQLite file: its own read-only connection through the sqlite3 library
/// this program links, never the handle inside Qt's driver (which may be a different SQLite).
class SqliteReadConnection final : public ReadConnection {
  public:
    /// recover: asked to let a writing connection undo a save another PC left unfinished (a
    /// hot journal), which a read-only connection cannot do; the read is then tried once more.
    /// memoryMapped: read the file through memory mapping (a local file: no system call per page;
    /// SQLite advises against it on network drives, so a shared file is read the ordinary way).
    static Result<std::unique_ptr<SqliteReadConnection>>
    open(const QString& path, int busyTimeoutMs, std::function<Status()> recover, bool memoryMapped = false);
    ~SqliteReadConnection() override;

    Result<std::unique_ptr<ReadStatement>> prepare(const char* sql, const QString& doing) override;
    /// PRAGMA data_version (moves on every other connection's commit; this one never writes)
    /// with this connection's serial number above it.
    Result<qint64> changeStamp() override;

  protected:
    Status beginSnapshot() override;
    void endSnapshot() override;

  private:
    SqliteReadConnection(sqlite3* db, std::function<Status()> recover);
    Error error(const QString& doing) const;
    bool hotJournal() const;

    sqlite3* m_db;
    sqlite3_stmt* m_dataVersion = nullptr;
    std::function<Status()> m_recover;
    qint64 m_serial;
};

} // namespace pd::core
