// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

namespace pd::core {
class Database;
}

namespace pd::test {

/// A test's (or benchmark's) own SQL connection on a database file, to look at rows or to set
/// up and damage them in ways the product never would. The product's SQL stays in core/storage,
/// where Database runs it for nobody else; this is a second connection, as a colleague's PC would
/// have: it sees what the Database has committed, and its own writes are committed at once
/// (or at "COMMIT" after a "BEGIN IMMEDIATE"). Use it on the thread that made it.
class TestSql {
  public:
    explicit TestSql(const QString& path);
    explicit TestSql(const core::Database& db);
    ~TestSql();
    TestSql(const TestSql&) = delete;
    TestSql& operator=(const TestSql&) = delete;

    /// Runs one statement, with values for its ":name" placeholders.
    core::Status run(const QString& sql, const QVariantMap& binds = {});
    /// Runs one statement once per row of values for its "?" placeholders (bulk set-up).
    core::Status runEach(const QString& sql, const QList<QVariantList>& rows);
    /// Every row, each as its columns' values in order (and the columns' names, when asked).
    core::Result<QList<QVariantList>> rows(const QString& sql, const QVariantMap& binds = {},
                                           QStringList* columns = nullptr);
    /// The first column of the first row; an invalid QVariant when there is no row.
    core::Result<QVariant> value(const QString& sql, const QVariantMap& binds = {});
    /// The database's tables, by name (SQLite's own and the server's catalogue left out).
    core::Result<QStringList> tables();
    /// value(), as a number; -1 when the statement fails or returns no row.
    qint64 number(const QString& sql, const QVariantMap& binds = {});

  private:
    QString m_name;
};

} // namespace pd::test
