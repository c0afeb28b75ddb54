// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

namespace pd::core {

/// 1 April to 31 March: the financial year ending on yearEnd.
struct FinancialYear {
    QDate start;
    QDate end;
    static FinancialYear ending(const QDate& yearEnd) { return {yearEnd.addYears(-1).addDays(1), yearEnd}; }
    /// The year the day falls in (1 April to 31 March).
    static FinancialYear containing(const QDate& day) {
        return ending(QDate(day.month() >= 4 ? day.year() + 1 : day.year(), 3, 31));
    }
    /// True for a 31 March.
    static bool isYearEnd(const QDate& date) {
        return date.isValid() && date.month() == 3 && date.day() == 31;
    }
};

} // namespace pd::core
