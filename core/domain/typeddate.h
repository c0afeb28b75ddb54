// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace pd::core {

/// A date as an officer types it, read without guessing: "14/12/2026", "14/12/26" is refused,
/// "2026-12-14", "14 Dec 2026", "14 December 2026". A day the month does not have
/// ("31 Feb 2027") is refused with a sentence, never moved to another day.
struct TypedDate {
    QDate date;      ///< invalid when the text is empty or refused
    QString problem; ///< a sentence saying what is wrong and what to type; empty when fine

    bool empty() const { return !date.isValid() && problem.isEmpty(); }
    bool ok() const { return problem.isEmpty(); }

    static TypedDate read(const QString& text);
};

} // namespace pd::core
