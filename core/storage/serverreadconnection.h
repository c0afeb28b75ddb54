// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef PD_STORAGE_INTERNAL
#error                                                                                                       \
    "core/storage/serverreadconnection.h is storage-internal: SQL stays in core/storage (docs/architecture.md)."
#endif

#include "core/storage/readconnection.h"

#include <QString>
#include <memory>

namespace pd::core {

struct ServerAddress;
class PgSession;

/// The bulk readers' connection to a PostgreSQL server: a second session of its own, whose
/// snapshots are REPEATABLE READ READ ONLY transactions. Its change stamp is the server's
/// snapshot horizon (pg_current_snapshot()'s xmax), which moves when any writing transaction
/// ends, as SQLite's data_version does when any connection commits. Statements are read through
/// libpq directly on QPSQL's own connection (PgReadStatement) where the build has libpq's headers
/// (PD_HAS_LIBPQ), else through QtSql.
class ServerReadConnection final : public ReadConnection {
  public:
    static Result<std::unique_ptr<ServerReadConnection>> open(const ServerAddress& address);
    ~ServerReadConnection() override;

    Result<std::unique_ptr<ReadStatement>> prepare(const char* sql, const QString& doing) override;
    Result<qint64> changeStamp() override;
    bool interleavesStatements() const override { return m_libpq != nullptr; }

  protected:
    Status beginSnapshot() override;
    void endSnapshot() override;

  private:
    ServerReadConnection() = default;
    Status run(const QString& sql, const QString& doing);
    /// Before QtSql runs anything on the session: see PgSession::release().
    void releaseLibpq();

    QString m_connectionName;
    qint64 m_serial = 0;
    std::unique_ptr<PgSession> m_libpq; ///< null: statements go through QtSql
};

} // namespace pd::core
