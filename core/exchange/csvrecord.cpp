// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/csvrecord.h"

#include <QRegularExpression>
#include <cmath>

namespace pd::core {

Error CsvRecord::error() const {
    return Error::invalid(QStringLiteral("%1, line %2: %3 Nothing was imported.")
                              .arg(m_label)
                              .arg(m_reader.line())
                              .arg(m_error));
}

void CsvRecord::fail(const QString& reason) {
    if (m_error.isEmpty())
        m_error = reason;
}

QString CsvRecord::text(const QString& column, bool required) {
    const int i = m_reader.column(column);
    if (i >= 0 && i >= m_fields.size()) {
        fail(QStringLiteral("the row has %1 columns; the header has %2.")
                 .arg(m_fields.size())
                 .arg(m_reader.header().size()));
        return {};
    }
    const QString value = i < 0 ? QString() : m_fields.at(i).trimmed();
    if (required && value.isEmpty())
        fail(QStringLiteral("%1 is missing.").arg(column));
    return value;
}

QDate CsvRecord::date(const QString& column, bool required) {
    const QString value = text(column, required);
    if (value.isEmpty())
        return {};
    QDate d = QDate::fromString(value, Qt::ISODate);
    if (!d.isValid())
        d = QDate::fromString(value, QStringLiteral("dd/MM/yyyy"));
    if (!d.isValid())
        fail(QStringLiteral("%1 '%2' is not a date (write yyyy-mm-dd or dd/mm/yyyy).").arg(column, value));
    return d;
}

std::optional<double> CsvRecord::number(const QString& column, double min, double max) {
    QString value = text(column);
    if (value.isEmpty())
        return std::nullopt;
    const QString shown = value;
    if (value.startsWith(u'\u00a3'))
        value.remove(0, 1);
    // Thousands separators only where they belong (1,050 or 12,500.50), never "1,0,5,0".
    static const QRegularExpression grouped(QStringLiteral("^\\d{1,3}(,\\d{3})+(\\.\\d+)?$"));
    if (value.contains(u',') && grouped.match(value).hasMatch())
        value.remove(u',');
    bool ok = false;
    const double n = value.toDouble(&ok);
    if (!ok || !std::isfinite(n) || n < min || n > max) {
        fail(QStringLiteral("%1 '%2' is not a number from %3 to %4.").arg(column, shown).arg(min).arg(max));
        return std::nullopt;
    }
    return n;
}

int CsvRecord::whole(const QString& column, int fallback, int min, int max) {
    const QString value = text(column);
    if (value.isEmpty())
        return fallback;
    bool ok = false;
    const int n = value.toInt(&ok);
    if (!ok || n < min || n > max) {
        fail(QStringLiteral("%1 '%2' is not a whole number from %3 to %4.")
                 .arg(column, value)
                 .arg(min)
                 .arg(max));
        return fallback;
    }
    return n;
}

bool CsvRecord::yesNo(const QString& column) {
    const QString value = text(column).toLower();
    if (value.isEmpty() || value == QLatin1String("no") || value == QLatin1String("n") ||
        value == QLatin1String("0"))
        return false;
    if (value == QLatin1String("yes") || value == QLatin1String("y") || value == QLatin1String("1"))
        return true;
    fail(QStringLiteral("%1 '%2' should be yes or no.").arg(column, value));
    return false;
}

} // namespace pd::core
