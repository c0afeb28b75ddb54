// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QHash>
#include <QIODevice>
#include <QStringList>

namespace pd::core {

/// Reads RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF, UTF-8 with or without BOM)
/// row by row, tracking the line number each row started on for error reports.
class CsvReader {
  public:
    explicit CsvReader(QIODevice& device) : m_device(device) {}

    /// Reads the header row; column lookups by name (case-insensitive, trimmed) follow it.
    Status readHeader();
    /// Reads the next row into fields; false at the end of the file.
    bool next(QStringList* fields);
    /// Line (1-based) where the last row read started.
    int line() const { return m_rowLine; }
    const QStringList& header() const { return m_header; }
    /// Index of a column by name, or -1.
    int column(const QString& name) const { return m_columns.value(name.trimmed().toLower(), -1); }
    /// Error for a required column that the header lacks.
    Status requireColumns(const QStringList& names, const QString& fileLabel) const;
    /// Set when the file ends inside a quoted field, or a line is not UTF-8 text without control
    /// characters (strict input); reading stops there.
    /// "line N: reason", or empty.
    QString error() const {
        return m_error.isEmpty() ? QString() : QStringLiteral("line %1: %2").arg(m_rowLine).arg(m_error);
    }
    /// The reason alone (the line is line()).
    const QString& errorReason() const { return m_error; }

  private:
    /// Strict input: UTF-8 without NUL or control characters; false (and error()) otherwise.
    bool checkLine(const QByteArray& line, bool first);

    QIODevice& m_device;
    QStringList m_header;
    QHash<QString, int> m_columns;
    int m_line = 0;
    int m_rowLine = 0;
    QString m_error;
    bool m_first = true;
};

} // namespace pd::core
