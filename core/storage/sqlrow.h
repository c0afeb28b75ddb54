// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef PD_STORAGE_INTERNAL
#error "core/storage/sqlrow.h is storage-internal: SQL stays in core/storage (docs/architecture.md)."
#endif

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <optional>
#include <vector>

namespace pd::core {

/// The current row of a statement, read by column name (`row.text("name")`) instead of by
/// position. Names are the result's column names as SQL gives them: alias a column (`AS x`)
/// when two would share a name or when it is an expression. Asking for a column the result
/// does not have is a programming error and stops the program with the SQL and the name.
/// Names must be string literals: their address is remembered, so looking a name up costs a
/// pointer comparison once the first row has been read (bulk readers can use it too). For
/// columns built at run time, use valueAt().
class SqlRow {
  public:
    bool isNull(const char* column) const { return value(column).isNull(); }
    QVariant value(const char* column) const;
    QString text(const char* column) const { return value(column).toString(); }
    qint64 integer(const char* column) const { return value(column).toLongLong(); }
    int number(const char* column) const { return value(column).toInt(); }
    double real(const char* column) const { return value(column).toDouble(); }
    /// An integer column used as a yes/no (0 is no).
    bool flag(const char* column) const { return value(column).toInt() != 0; }
    /// A yyyy-MM-dd column; an invalid date for NULL or ''.
    QDate date(const char* column) const { return QDate::fromString(text(column), Qt::ISODate); }
    /// An ISO 8601 date and time column (with or without milliseconds).
    QDateTime dateTime(const char* column) const {
        return QDateTime::fromString(text(column), Qt::ISODateWithMs);
    }
    std::optional<double> optionalReal(const char* column) const;
    std::optional<qint64> optionalInteger(const char* column) const;
    /// How many columns the result has, and the value of one by position (for results whose
    /// columns the caller does not know, such as a PRAGMA's or a table dump).
    int columnCount() const;
    QVariant valueAt(int index) const { return m_query.value(index); }

  protected:
    SqlRow() = default;
    explicit SqlRow(QSqlQuery query) : m_query(std::move(query)) {}
    /// Forget the columns (a statement run again may have other ones).
    void resetColumns() { m_columns.clear(); }

    QSqlQuery m_query;

  private:
    int indexOf(const char* column) const;

    struct Column {
        QString name;
        const char* seenAs = nullptr; ///< the literal last used for it
    };
    mutable std::vector<Column> m_columns;
    mutable int m_next = 0;
};

} // namespace pd::core
