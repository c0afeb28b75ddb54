// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/placementreview.h"
#include "core/result.h"

namespace pd::core {

class Database;

/// Placement reviews on the timetable of ReviewTimetable (core/domain/reviewtimetable.h): the due
/// dates, recording a review with each outcome of the current contract rated, the overdue list.
class ReviewBook {
  public:
    explicit ReviewBook(Database& db) : m_db(db) {}

    /// Records a review (Operation::RecordReview) of review.placementId held on review.heldOn: every
    /// outcome of the placement's current contract rated once, each with a note (a placement without
    /// a contract has no outcomes to rate). review.nextDue may bring the next review forward, never
    /// past the timetable's date; when not given the timetable's date is used. The review must be
    /// held within the placement, not after today, and after the last review. Returns its id.
    Result<qint64> record(const PlacementReview& review);
    /// The placement's reviews, oldest first, with their ratings.
    Result<QList<PlacementReview>> reviews(qint64 placementId) const;
    /// Every current placement with its next review's due date, soonest first.
    Result<QList<ReviewDue>> due() const;
    /// The current placements whose review was due before the day and has not been held.
    Result<QList<ReviewDue>> overdue(const QDate& on) const;

  private:
    Database& m_db;
};

} // namespace pd::core
