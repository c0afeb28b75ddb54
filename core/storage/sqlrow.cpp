// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sqlrow.h"

#include <QSqlRecord>

namespace pd::core {

QVariant SqlRow::value(const char* column) const {
    return m_query.value(indexOf(column));
}

std::optional<double> SqlRow::optionalReal(const char* column) const {
    const QVariant v = value(column);
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

std::optional<qint64> SqlRow::optionalInteger(const char* column) const {
    const QVariant v = value(column);
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

int SqlRow::columnCount() const {
    return m_query.record().count();
}

int SqlRow::indexOf(const char* column) const {
    if (m_columns.empty()) {
        const QSqlRecord record = m_query.record();
        m_columns.resize(size_t(record.count()));
        for (int i = 0; i < record.count(); ++i)
            m_columns[size_t(i)].name = record.fieldName(i);
    }
    // Rows are usually read in column order: try the column after the last one, then the last
    // one again (isNull() then a value), then the others.
    const int n = int(m_columns.size());
    for (int k = 0; k < n; ++k) {
        const int i = (m_next + (k == 1 ? n - 1 : k == 0 ? 0 : k - 1)) % n;
        if (m_columns[size_t(i)].seenAs == column) {
            m_next = i + 1;
            return i;
        }
    }
    const QLatin1String wanted(column);
    for (int i = 0; i < n; ++i) {
        if (m_columns[size_t(i)].name.compare(wanted, Qt::CaseInsensitive) == 0) {
            m_columns[size_t(i)].seenAs = column;
            m_next = i + 1;
            return i;
        }
    }
    qFatal("Placement Desk asked for a column '%s' that the statement does not return: %s", column,
           qPrintable(m_query.lastQuery()));
    return -1;
}

} // namespace pd::core
