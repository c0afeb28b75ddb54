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

    /// The row the last INSERT made: SQLite's last_insert_rowid(), or on a server the id the
    /// INSERT returned (Sql::prepare adds RETURNING id there).
    qint64 lastInsertId() const { return m_returnsId ? m_returnedId : m_query.lastInsertId().toLongLong(); }
    /// Rows the last UPDATE or DELETE changed.
    int rowsAffected() const { return m_query.numRowsAffected(); }

    ~SqlStatement();
    SqlStatement(SqlStatement&& other) noexcept;
    SqlStatement& operator=(SqlStatement&&) = delete;
    SqlStatement(const SqlStatement&) = delete;
    SqlStatement& operator=(const SqlStatement&) = delete;

  private:
    friend class Sql;
    SqlStatement(QSqlQuery query, const Database& db, bool returnsId = false, QString direct = {})
        : SqlRow(std::move(query)), m_db(&db), m_returnsId(returnsId), m_direct(std::move(direct)) {}
    Status exec(const QString& doing);
    /// A value as the engine stores it: on a server, yes/no as 1/0 and times as SQLite's text.
    QVariant stored(const QVariant& value) const;

    const Database* m_db;
    bool m_returnsId = false;
    qint64 m_returnedId = 0;
    QString m_direct;   ///< a statement run without preparing (a server's BEGIN, DDL), without binds
    QString m_pooledAs; ///< on a server: the text it is kept prepared under, given back at the end
};

} // namespace pd::core
