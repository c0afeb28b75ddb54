// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/typeddate.h"

#include <QRegularExpression>

namespace pd::core {

namespace {

const char* const kMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                               "july",    "august",   "september", "october", "november", "december"};

/// 1..12 for "12", "dec", "December" or "sept"; 0 when the text names no month.
int monthOf(const QString& text) {
    bool number = false;
    const int n = text.toInt(&number);
    if (number)
        return n >= 1 && n <= 12 ? n : -n - 1; // a number out of range: refused below with its value
    const QString t = text.toLower();
    if (t.size() < 3)
        return 0;
    for (int m = 0; m < 12; ++m)
        if (QLatin1String(kMonths[m]).startsWith(t))
            return m + 1;
    return 0;
}

QString monthName(int month) {
    QString name = QLatin1String(kMonths[month - 1]);
    name[0] = name[0].toUpper();
    return name;
}

TypedDate refused(const QString& sentence) {
    return {QDate(), sentence};
}

} // namespace

TypedDate TypedDate::read(const QString& input) {
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    const QString how = QStringLiteral("Type the date as dd/mm/yyyy, e.g. 14/12/2026.");
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression dayFirst(
        QStringLiteral("^(\\d{1,2})\\s*[/.\\-\\s]\\s*([A-Za-z]+|\\d{1,2})\\s*[/.\\-\\s]\\s*(\\d+)$"));
    int day = 0, month = 0, year = 0;
    QString monthText;
    if (const auto m = iso.match(text); m.hasMatch()) {
        year = m.captured(1).toInt();
        monthText = m.captured(2);
        day = m.captured(3).toInt();
    } else if (const auto d = dayFirst.match(text); d.hasMatch()) {
        day = d.captured(1).toInt();
        monthText = d.captured(2);
        if (d.captured(3).size() != 4)
            return refused(QStringLiteral("'%1': give the year in full (four digits). %2").arg(text, how));
        year = d.captured(3).toInt();
    } else {
        return refused(QStringLiteral("'%1' is not a date. %2").arg(text, how));
    }
    month = monthOf(monthText);
    if (month == 0)
        return refused(QStringLiteral("'%1': '%2' is not a month. %3").arg(text, monthText, how));
    if (month < 0)
        return refused(
            QStringLiteral("'%1': there is no month %2. %3").arg(text, QString::number(-month - 1), how));
    if (year < 1900 || year > 2200)
        return refused(QStringLiteral("'%1': %2 is not a year this desk works with. %3")
                           .arg(text, QString::number(year), how));
    const int days = QDate(year, month, 1).daysInMonth();
    if (day < 1 || day > days)
        return refused(QStringLiteral("'%1' is not a date: %2 %3 has %4 days. %5")
                           .arg(text, monthName(month), QString::number(year), QString::number(days), how));
    return {QDate(year, month, day), QString()};
}

} // namespace pd::core
