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
};

/// The built-in steps, read from :/storage/migrations/NNNN_name.sql in version order.
QList<Migration> builtInMigrations();
int latestSchemaVersion();

/// Splits a script into statements at top-level semicolons (quotes and -- comments respected;
/// migrations do not use triggers, whose bodies hold semicolons).
QStringList splitSqlStatements(const QString& script);

} // namespace pd::core
