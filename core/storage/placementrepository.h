// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/placementrecord.h"
#include "core/domain/referral.h"
#include "core/result.h"

#include <QVariantMap>

namespace pd::core {

class Database;

/// The team's side of `placements`: placements made through referrals, their endings, the vacancy
/// a placement uses up and the budget line that pays (audited through RecordWriter).
class PlacementRepository {
  public:
    explicit PlacementRepository(Database& db) : m_db(db) {}

    /// Adds a placement (the columns of `placements`); returns its id.
    Result<qint64> insert(const QVariantMap& values);
    /// Every placement, by child reference then start date.
    Result<QList<PlacementRecord>> all() const;
    Result<PlacementRecord> load(qint64 placementId) const;
    /// The placements made through a referral (one per child placed), in the order they were made.
    Result<QList<PlacementRecord>> ofReferral(qint64 referralId) const;
    /// Every placement that has not ended, the latest start first (the Placements area).
    Result<QList<PlacementRecord>> current() const;
    /// The child's placements that have not ended.
    Result<QList<PlacementRecord>> currentOf(qint64 childId) const;
    /// The child's record as a referral names it (children row; legal status from the placement).
    Result<ReferralChild> child(const PlacementRecord& placement) const;
    /// Every placement of the child, by start date.
    Result<QList<PlacementRecord>> ofChild(qint64 childId) const;
    /// Links the ended placement to the follow-up referral its move opened (placement as read
    /// after its ending, for the row version).
    Status setFollowUp(const PlacementRecord& placement, qint64 referralId);
    /// Ends a placement on a day with its SSDA903 REC and REASON_PLACE_CHANGE and the team's reason.
    Status end(const PlacementRecord& placement, const QDate& day, const QString& rec,
               const QString& reasonPlaceChange, const QString& endingReason);
    /// The budget line for a mix category (the first by name), or 0 when the file has none.
    Result<qint64> budgetLineFor(const QString& category) const;
    /// Uses up `places` of the provision's vacancy open on `start` (or the next one): fewer places
    /// left, or the vacancy marked used by the placement. Returns the vacancy's id, 0 when none.
    Result<qint64> useVacancy(qint64 provisionId, const QDate& start, int places, qint64 placementId);

  private:
    Result<QList<PlacementRecord>> select(const QString& where, const QVariantMap& binds) const;
    Database& m_db;
};

} // namespace pd::core
