// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Storage-internal: pd_storage alone compiles with PD_STORAGE_INTERNAL, so code in any other
// folder that includes this header (to run SQL) does not compile.
#ifndef PD_STORAGE_INTERNAL
#error "core/storage/sql.h is storage-internal: SQL stays in core/storage (docs/architecture.md)."
#endif

#include "core/result.h"
#include "core/storage/sqlstatement.h"

class QSqlError;

namespace pd::core {

class Database;
class ReadConnection;

/// Storage's way to run SQL on a Database: the one place that reaches the connection
/// (Database::connection() is private, this class is its friend). Repositories hold a
/// Database& and make an Sql of it where they run statements.
class Sql {
  public:
    explicit Sql(Database& db) : m_db(db) {}

    /// How many busy timeouts a statement outside a transaction (or a begin) waits through.
    static constexpr int kBusyAttempts = 4;

    /// Prepares a statement to run many times (bulk writes, repeated look-ups).
    Result<SqlStatement> prepare(const QString& sql, const QString& doing) const;
    /// Prepares and runs a statement with named binds; read its rows with next().
    Result<SqlStatement> query(const QString& sql, const QVariantMap& binds, const QString& doing) const;
    /// Runs a statement whose rows nobody reads (a write, a PRAGMA).
    Status run(const QString& sql, const QVariantMap& binds, const QString& doing) const;
    /// Runs a write; the id of the row an INSERT made (see SqlStatement::lastInsertId).
    Result<qint64> execute(const QString& sql, const QVariantMap& binds, const QString& doing) const;
    /// The first column of the first row; a null QVariant when there is no row.
    Result<QVariant> scalar(const QString& sql, const QVariantMap& binds, const QString& doing) const;

    /// The bulk readers' own read-only connection (Database::readConnection()).
    Result<ReadConnection*> readConnection() const;
    Database& database() const { return m_db; }

    /// Turns a driver error into a sentence for the user.
    static Error errorFrom(const QSqlError& error, const QString& doing);
    /// Whether the driver refused because another connection holds the file.
    static bool isBusy(const QSqlError& error);

  private:
    Result<SqlStatement> prepareOnServer(const QString& sql, const QString& doing) const;
    Database& m_db;
};

} // namespace pd::core
