// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/predisruptionmeetings.h"

#include "core/domain/placementdays.h"
#include "core/storage/database.h"
#include "core/storage/meetingrepository.h"
#include "core/storage/placementrepository.h"
#include "core/storage/transactionguard.h"
#include "core/storage/userrepository.h"

namespace pd::core {

Result<qint64> PreDisruptionMeetings::record(const DisruptionMeeting& meeting) {
    TransactionGuard tx(m_db);
    if (!tx.started())
        return tx.started().error();
    if (auto s = UserRepository(m_db).requireAllowed(Operation::RecordMeeting); !s)
        return s.error();
    auto placement = PlacementRepository(m_db).load(meeting.placementId);
    if (!placement)
        return placement.error();
    const QString outside =
        dayOutsidePlacement(placement.value(), meeting.heldOn, m_db.today(), QStringLiteral("the meeting"));
    if (!outside.isEmpty())
        return Error::invalid(outside);
    DisruptionMeeting stored = meeting;
    stored.attendees = meeting.attendees.trimmed();
    stored.concerns = meeting.concerns.trimmed();
    stored.actions = meeting.actions.trimmed();
    if (stored.attendees.isEmpty())
        return Error::invalid(QStringLiteral("Attendees: write who attended the meeting."));
    if (stored.concerns.isEmpty())
        return Error::invalid(QStringLiteral("Concerns: write the concerns the meeting was asked for."));
    if (stored.actions.isEmpty())
        return Error::invalid(QStringLiteral("Actions: write the actions agreed, each with who does it."));
    auto id = MeetingRepository(m_db).insert(stored);
    if (!id)
        return id.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QList<DisruptionMeeting>> PreDisruptionMeetings::meetings(qint64 placementId) const {
    return MeetingRepository(m_db).meetings(placementId);
}

} // namespace pd::core
