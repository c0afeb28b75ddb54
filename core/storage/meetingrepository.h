// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/disruptionmeeting.h"
#include "core/result.h"

namespace pd::core {

class Database;

/// Pre-disruption meetings (disruption_meetings), audited through RecordWriter; each one counts in
/// its provider's history (provider_history.meetings, kept by triggers of migration 8).
class MeetingRepository {
  public:
    explicit MeetingRepository(Database& db) : m_db(db) {}

    /// Stores the meeting, recorded now by the connection's user; returns its id.
    Result<qint64> insert(const DisruptionMeeting& meeting);
    /// The meetings about one placement (0: every placement), oldest first.
    Result<QList<DisruptionMeeting>> meetings(qint64 placementId) const;

  private:
    Database& m_db;
};

} // namespace pd::core
