// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef PD_STORAGE_INTERNAL
#error "core/storage/readconnection.h is storage-internal: SQL stays in core/storage (docs/architecture.md)."
#endif

#include "core/result.h"
#include "core/storage/readstatement.h"

#include <memory>

namespace pd::core {

/// A connection of its own that only reads the database file, for the readers that turn many
/// rows into values (register, dashboard). The storage engine implements it (SQLite today:
/// SqliteReadConnection); readers see only this interface. Database owns it. It never sees the
/// writing connection's uncommitted changes.
class ReadConnection {
  public:
    ReadConnection() = default;
    virtual ~ReadConnection() = default;
    Q_DISABLE_COPY_MOVE(ReadConnection)

    virtual Result<std::unique_ptr<ReadStatement>> prepare(const char* sql, const QString& doing) = 0;
    /// Changes whenever any connection (the writing one included) commits to the file. Values
    /// from two ReadConnections never compare equal.
    virtual Result<qint64> changeStamp() = 0;
    /// Whether a statement may run while another still has rows to give, both then read on (SQLite,
    /// and a server read through libpq). QtSql's PostgreSQL driver drops the first one's rows.
    virtual bool interleavesStatements() const { return true; }

    /// Until the matching end(), every statement reads one snapshot of the file. Nested calls
    /// join the outer snapshot. Keep snapshots short: on a shared (rollback-journal) file
    /// colleagues' saves wait for them. Use ReadTransaction.
    Status begin();
    void end();

  protected:
    virtual Status beginSnapshot() = 0;
    virtual void endSnapshot() = 0;

  private:
    int m_depth = 0;
};

} // namespace pd::core
