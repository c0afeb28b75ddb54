// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef PD_STORAGE_INTERNAL
#error "core/storage/pgdialect.h is storage-internal: SQL stays in core/storage (docs/architecture.md)."
#endif

#include <QSet>
#include <QString>
#include <QStringList>
#include <vector>

namespace pd::core {

/// The program's SQL is written once, for SQLite; on a PostgreSQL server each statement goes
/// through here first. Only spellings are changed (types, IFNULL, NOCASE, "?N" parameters,
/// RETURNING id): anything that needs more (the triggers) has its own PostgreSQL migration file
/// (core/storage/migrations/postgresql/), and the few queries that differ choose by Engine.
class PgDialect {
  public:
    /// A statement of a migration: column types and keys in PostgreSQL's words. Empty for a
    /// statement with no meaning on a server (PRAGMA).
    static QString schema(const QString& statement);
    /// Whether a migration's statement makes or drops a SQLite trigger (the server has its own,
    /// in core/storage/migrations/postgresql/).
    static bool isTrigger(const QString& statement);
    /// A statement the program runs: IFNULL, COLLATE NOCASE; an INSERT into a table with an id
    /// column gets RETURNING id (so the new row's id is known; *returnsId tells).
    static QString statement(const QString& sql, const QSet<QString>& tablesWithId, bool* returnsId);
    /// Whether the server can PREPARE the statement (queries and row changes; not BEGIN, DDL, SET).
    static bool canPrepare(const QString& sql);
    /// What both kinds of statement share: IFNULL as COALESCE, no COLLATE NOCASE.
    static QString spelling(QString sql);
    /// A reader's statement ("?1", "?" parameters as SQLite numbers them) as named ones (":p1").
    static QString namedParameters(const char* sql);
    /// The same as libpq numbers them ("$1", "$2"…, no gaps): *numbers gets, for each "$k", the
    /// "?N" it stands for (a statement may use ?1 and ?3 but not ?2).
    static QString numberedParameters(const char* sql, std::vector<int>* numbers);

  private:
    /// sql with each parameter, numbered as SQLite does, replaced by as(its number).
    template <class As> static QString parameters(const char* sql, As as);
};

} // namespace pd::core
