// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/csvreader.h"

#include <QDate>
#include <optional>

namespace pd::core {

/// Typed access to the current row of a CsvReader for imports: each getter records the
/// first problem as "FILE, line N: column: reason" and returns a neutral value.
class CsvRecord {
  public:
    CsvRecord(const CsvReader& reader, const QString& fileLabel) : m_reader(reader), m_label(fileLabel) {}

    void setRow(const QStringList& fields) {
        m_fields = fields;
        m_error.clear();
    }
    bool failed() const { return !m_error.isEmpty(); }
    int line() const { return m_reader.line(); }
    /// The first problem of the row, ending with "Nothing was imported."
    Error error() const;
    /// The first problem of the row alone.
    const QString& reason() const { return m_error; }
    /// Records a problem that is not about one cell.
    void fail(const QString& reason);

    QString text(const QString& column, bool required = false);
    QDate date(const QString& column, bool required = false);
    std::optional<double> number(const QString& column, double min, double max);
    int whole(const QString& column, int fallback, int min, int max);
    bool yesNo(const QString& column);

  private:
    const CsvReader& m_reader;
    QString m_label;
    QStringList m_fields;
    QString m_error;
};

} // namespace pd::core
