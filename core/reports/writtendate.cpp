// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/writtendate.h"

#include <QRegularExpression>

#include <algorithm>

namespace pd::core {

namespace {

// A month word, not part of a longer word ("may" but not "mayor"), with an optional full stop.
const QString kMonth = QStringLiteral("(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
                                      "aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|"
                                      "dec(?:ember)?)(?!\\p{L})\\.?");
const QString kOrdinal = QStringLiteral("(?:st|nd|rd|th)?");
const QString kYear = QStringLiteral("(\\d{4}|'?\\d{2})(?!\\d)");

enum class Order { DayMonthYear, YearMonthDay, MonthDayYear, Numeric };

struct Pattern {
    QRegularExpression regex;
    Order order;
};

QRegularExpression compiled(const QString& pattern) {
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::UseUnicodePropertiesOption);
}

const QList<Pattern>& patterns() {
    static const QList<Pattern> list = {
        // 2013-06-19, 2013/6/19, 2013.06.19
        {compiled(QStringLiteral("(?<!\\d)(\\d{4})\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})(?!\\d)")),
         Order::YearMonthDay},
        // 20130619
        {compiled(QStringLiteral("(?<!\\d)(\\d{4})()(\\d{2})(\\d{2})(?!\\d)")), Order::YearMonthDay},
        // 19/6/2013, 19-06-13, 19.06.2013, 19/6 (the same separator twice)
        {compiled(QStringLiteral("(?<![\\d.])(\\d{1,2})\\s*([-/.])\\s*(\\d{1,2})(?:\\s*\\2\\s*") + kYear +
                  QStringLiteral(")?(?![\\d])")),
         Order::Numeric},
        // 19062013
        {compiled(QStringLiteral("(?<!\\d)(\\d{2})()(\\d{2})(\\d{4})(?!\\d)")), Order::Numeric},
        // 19 Jun 2013, 19th June 2013, 19th of June, 2013, 19-Jun-13, 19 June
        {compiled(QStringLiteral("(?<![\\p{L}\\d])(\\d{1,2})\\s*") + kOrdinal +
                  QStringLiteral("(?:\\s+of)?[\\s\\-/.,]*") + kMonth + QStringLiteral("(?:[\\s\\-/.,]*") +
                  kYear + QStringLiteral(")?")),
         Order::DayMonthYear},
        // June 19, 2013, Jun 19th 2013, June 19
        {compiled(QStringLiteral("(?<!\\p{L})") + kMonth + QStringLiteral("\\s*(\\d{1,2})") + kOrdinal +
                  QStringLiteral("(?![\\d\\p{L}])(?:[\\s,]*") + kYear + QStringLiteral(")?")),
         Order::MonthDayYear},
    };
    return list;
}

int monthNumber(const QString& word) {
    static const QStringList months{"jan", "feb", "mar", "apr", "may", "jun",
                                    "jul", "aug", "sep", "oct", "nov", "dec"};
    return int(months.indexOf(word.left(3).toLower())) + 1;
}

void addReading(QList<WrittenDate::Reading>& out, int day, int month, const QString& yearText) {
    if (day < 1 || day > 31 || month < 1 || month > 12)
        return;
    QString y = yearText;
    y.remove(u'\'');
    out.append({day, month, y.isEmpty() ? 0 : y.toInt(), y.size() == 2});
}

} // namespace

bool WrittenDate::couldBe(const QDate& date) const {
    for (const Reading& r : readings) {
        if (r.day != date.day() || r.month != date.month())
            continue;
        if (r.year == 0 || r.year == date.year() || (r.twoDigitYear && r.year == date.year() % 100))
            return true;
    }
    return false;
}

QList<WrittenDate> WrittenDate::findAll(const QString& text) {
    QList<WrittenDate> found;
    for (const Pattern& p : patterns()) {
        for (auto it = p.regex.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            WrittenDate d;
            d.start = m.capturedStart();
            d.length = m.capturedLength();
            switch (p.order) {
            case Order::YearMonthDay:
                addReading(d.readings, m.captured(4).toInt(), m.captured(3).toInt(), m.captured(1));
                break;
            case Order::Numeric: // day first as in the UK, month first as in the US
                addReading(d.readings, m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4));
                addReading(d.readings, m.captured(3).toInt(), m.captured(1).toInt(), m.captured(4));
                break;
            case Order::DayMonthYear:
                addReading(d.readings, m.captured(1).toInt(), monthNumber(m.captured(2)), m.captured(3));
                break;
            case Order::MonthDayYear:
                addReading(d.readings, m.captured(2).toInt(), monthNumber(m.captured(1)), m.captured(3));
                break;
            }
            if (!d.readings.isEmpty())
                found.append(d);
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const WrittenDate& a, const WrittenDate& b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    return found;
}

} // namespace pd::core
