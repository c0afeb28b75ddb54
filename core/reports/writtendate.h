// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace pd::core {

/// A date as people write it in free text, found by WrittenDate::findAll: 19/6/2013, 19-06-2013,
/// 19.06.2013, 2013-06-19, 20130619, 19 Jun 2013, 19th of June, 2013, June 19, 2013, Jun 19th 2013,
/// 19/6 or 19 June (no year). Numeric dates are read both day-first and month-first.
struct WrittenDate {
    qsizetype start = 0;
    qsizetype length = 0;
    struct Reading {
        int day = 0;
        int month = 0;
        int year = 0; ///< 0: no year written
        bool twoDigitYear = false;
    };
    QList<Reading> readings; ///< what the text can mean (one, or two for 5/6/2013)

    /// True if one reading is that day (a missing year matches any; a two-digit year its last two digits).
    bool couldBe(const QDate& date) const;
    /// Every date written in the text, in order (overlapping readings of one date included).
    static QList<WrittenDate> findAll(const QString& text);
};

} // namespace pd::core
