// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef PD_STORAGE_INTERNAL
#error "core/storage/sqlstatement.h is storage-internal: SQL stays in core/storage (docs/architecture.md)."
#endif

#include "core/result.h"
#include "core/storage/sqlrow.h"

#include <QVariantList>
#include <QVariantMap>

namespace pd::core {

class Database;

/// A prepared statement on the writing connection (from Sql), run once or many times; after
/// each run its rows are read one at a time with next() and the SqlRow getters.
///
///     auto rows = sql.query(QStringLiteral("SELECT id, name FROM providers WHERE kind = :kind"),
///                           {{QStringLiteral(":kind"), kind}}, QStringLiteral("reading providers"));
///     if (!rows)
///         return rows.error();
///     while (rows->next())
///         names.insert(rows->integer("id"), rows->text("name"));
class SqlStatement : public SqlRow {
  public:
    /// Runs the statement with values for its named placeholders (":name" as written in the SQL).
    Status run(const QVariantMap& binds, const QString& doing);
    /// Runs the statement with values for its "?" placeholders, in order (bulk writes).
    Status runPositional(const QVariantList& values, const QString& doing);
    /// Moves to the next row of the last run; false after the last one.
    bool next() { return m_query.next(); }
    /// Ends reading early (releases the statement's read lock before the next statement).
    void finish() { m_query.finish(); }

    /// The row the last INSERT made. Engine-specific: SQLite's last_insert_rowid(); an engine
    /// without it (PostgreSQL) would add RETURNING id here, not in the repositories.
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    /// Rows the last UPDATE or DELETE changed.
    int rowsAffected() const { return m_query.numRowsAffected(); }

  private:
    friend class Sql;
    SqlStatement(QSqlQuery query, const Database& db) : SqlRow(std::move(query)), m_db(&db) {}
    Status exec(const QString& doing);

    const Database* m_db;
};

} // namespace pd::core
