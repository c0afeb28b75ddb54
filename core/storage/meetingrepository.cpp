// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/meetingrepository.h"

#include "core/storage/database.h"
#include "core/storage/recordwriter.h"
#include "core/storage/sql.h"

namespace pd::core {

Result<qint64> MeetingRepository::insert(const DisruptionMeeting& m) {
    return RecordWriter(m_db).insert(QStringLiteral("disruption_meetings"),
                                     {{QStringLiteral("placement_id"), m.placementId},
                                      {QStringLiteral("held_on"), m.heldOn.toString(Qt::ISODate)},
                                      {QStringLiteral("asked_by"), code(m.askedBy)},
                                      {QStringLiteral("attendees"), m.attendees},
                                      {QStringLiteral("concerns"), m.concerns},
                                      {QStringLiteral("actions"), m.actions},
                                      {QStringLiteral("outcome"), code(m.outcome)},
                                      {QStringLiteral("recorded_at"), m_db.now().toString(Qt::ISODateWithMs)},
                                      {QStringLiteral("recorded_by"), m_db.userName()}});
}

Result<QList<DisruptionMeeting>> MeetingRepository::meetings(qint64 placementId) const {
    auto rows = Sql(m_db).query(
        QStringLiteral(
            "SELECT m.id, m.placement_id, m.held_on, m.asked_by, m.attendees, m.concerns, m.actions, "
            "m.outcome, m.recorded_at, m.recorded_by, c.child_ref, pr.name AS provider_name "
            "FROM disruption_meetings m JOIN placements p ON p.id = m.placement_id "
            "JOIN children c ON c.id = p.child_id LEFT JOIN provisions pv ON pv.id = p.provision_id "
            "LEFT JOIN providers pr ON pr.id = pv.provider_id "
            "WHERE :p = 0 OR m.placement_id = :p ORDER BY m.held_on, m.id"),
        {{QStringLiteral(":p"), placementId}}, QStringLiteral("reading pre-disruption meetings"));
    if (!rows)
        return rows.error();
    QList<DisruptionMeeting> out;
    while (rows->next()) {
        DisruptionMeeting m;
        m.id = rows->integer("id");
        m.placementId = rows->integer("placement_id");
        m.heldOn = rows->date("held_on");
        m.askedBy = fromCode<MeetingAskedBy>(rows->text("asked_by")).value_or(MeetingAskedBy::Provider);
        m.attendees = rows->text("attendees");
        m.concerns = rows->text("concerns");
        m.actions = rows->text("actions");
        m.outcome = fromCode<MeetingOutcome>(rows->text("outcome")).value_or(MeetingOutcome::Stabilised);
        m.recordedAt = rows->dateTime("recorded_at");
        m.recordedBy = rows->text("recorded_by");
        m.childRef = rows->text("child_ref");
        m.providerName = rows->text("provider_name");
        out << m;
    }
    return out;
}

} // namespace pd::core
