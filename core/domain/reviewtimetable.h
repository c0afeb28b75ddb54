// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

namespace pd::core {

/// When a placement's reviews are due, after the looked-after review timetable (Care Planning,
/// Placement and Case Review (England) Regulations 2010, regulation 33): the first within 20 working
/// days of the start — taken here as 28 calendar days (20 working days without bank holidays) —, the
/// second within 3 months of the first, and each later one within 6 months of the one before. The
/// intervals run from the day a review was actually held, so a late review moves the next due date
/// later by as many days as it was late; a review may bring its next date forward, never later.
struct ReviewTimetable {
    static constexpr int kFirstAfterDays = 28;
    static constexpr int kSecondAfterMonths = 3;
    static constexpr int kLaterAfterMonths = 6;

    /// The first review's due date.
    static QDate firstDue(const QDate& start) { return start.addDays(kFirstAfterDays); }
    /// The latest date the next review may be due, after the review held on heldOn, which was the
    /// reviewsHeld-th (1 = the first).
    static QDate nextDue(const QDate& heldOn, int reviewsHeld) {
        return heldOn.addMonths(reviewsHeld <= 1 ? kSecondAfterMonths : kLaterAfterMonths);
    }
};

} // namespace pd::core
