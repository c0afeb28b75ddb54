// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/disruptionmeeting.h"
#include "core/result.h"

namespace pd::core {

class Database;

/// Pre-disruption meetings about placements in difficulty. Each one recorded counts in the
/// provider's disruption history, which lowers the provider's quality score in matching (Scorer:
/// a meeting counts half a disruption).
class PreDisruptionMeetings {
  public:
    explicit PreDisruptionMeetings(Database& db) : m_db(db) {}

    /// Records a meeting (Operation::RecordMeeting) held within the placement and not after today,
    /// with who attended, the concerns and the agreed actions written; returns its id.
    Result<qint64> record(const DisruptionMeeting& meeting);
    /// The meetings about a placement (0: every placement), oldest first.
    Result<QList<DisruptionMeeting>> meetings(qint64 placementId = 0) const;

  private:
    Database& m_db;
};

} // namespace pd::core
