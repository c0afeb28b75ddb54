// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/placementreview.h"
#include "core/result.h"

namespace pd::core {

class Database;

/// Placement reviews and their outcome ratings (placement_reviews, review_ratings), audited through
/// RecordWriter.
class ReviewRepository {
  public:
    explicit ReviewRepository(Database& db) : m_db(db) {}

    /// Stores a review held as given (dueOn and nextDue already decided), recorded now by the
    /// connection's user, with its ratings; contractId 0 when the placement has no contract.
    Result<qint64> insert(const PlacementReview& review, qint64 contractId);
    /// The placement's reviews, oldest first, each with its ratings and the outcomes' wording.
    Result<QList<PlacementReview>> ofPlacement(qint64 placementId) const;
    /// Every placement not ended, with how many reviews it has had, the last one and the next due
    /// date the last review set (null before the first review: the timetable gives it).
    Result<QList<ReviewDue>> currentPlacements() const;

  private:
    Database& m_db;
};

} // namespace pd::core
