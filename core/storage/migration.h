// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pd::core {

/// One schema step. Released steps are never edited: add a new one instead.
struct Migration {
    int version = 0;
    QString name;
    QString sql;
    /// What a PostgreSQL server runs after sql (translated, its triggers left out) where the SQLite
    /// text cannot be translated (triggers as PL/pgSQL): :/storage/migrations/postgresql/NNNN_name.sql.
    QString serverSql;
};

/// The built-in steps, read from :/storage/migrations/NNNN_name.sql in version order.
QList<Migration> builtInMigrations();
int latestSchemaVersion();

/// Splits a script into statements at top-level semicolons (quotes and -- comments respected;
/// a CREATE TRIGGER's BEGIN ... END body and a $$-quoted function body stay in one statement).
QStringList splitSqlStatements(const QString& script);

} // namespace pd::core
