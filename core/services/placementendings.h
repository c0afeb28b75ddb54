// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/placementending.h"
#include "core/result.h"

#include <QDate>

namespace pd::core {

class Database;

/// What ending a placement did.
struct PlacementEnded {
    qint64 placementId = 0;
    QString rec;                   ///< SSDA903 REC written
    QString reasonPlaceChange;     ///< SSDA903 REASON_PLACE_CHANGE written ("" when the child left care)
    qint64 followUpReferralId = 0; ///< the Draft referral a move opened (0 when none)
};

/// Ending a placement with its date and the team's reason, written with the SSDA903 REC and
/// REASON_PLACE_CHANGE codes (core/domain/placementending.h). A move (isMove: REC X1) opens the
/// follow-up referral for the same child in Draft, linked to the ended placement
/// (placements.follow_up_referral_id) and to the referral that made it (follow_up_of), in the same
/// transaction; both audited.
class PlacementEndings {
  public:
    explicit PlacementEndings(Database& db) : m_db(db) {}

    /// Ends the placement on the day (Operation::EndPlacement). Refused, with nothing written, for a
    /// placement that has ended already, a day before it began or after today, and a day after
    /// another placement of the child began (the two would overlap).
    Result<PlacementEnded> end(qint64 placementId, const QDate& day, EndingReason reason);

  private:
    Result<qint64> openFollowUp(qint64 placementId, const QDate& day, EndingReason reason);
    Database& m_db;
};

} // namespace pd::core
