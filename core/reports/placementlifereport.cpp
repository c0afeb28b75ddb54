// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/placementlifereport.h"

#include <QJsonObject>

namespace pd::core {

namespace {

QJsonValue dateOrNull(const QDate& d) {
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QString dateOrDash(const QDate& d) {
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("-");
}

QString where(const QString& provider, const QString& provision) {
    if (provider.isEmpty() && provision.isEmpty())
        return QStringLiteral("(no provision recorded)");
    return provision.isEmpty() ? provider : provider + QStringLiteral(" — ") + provision;
}

} // namespace

QJsonArray reviewsJson(const QList<ReviewDue>& due, const QDate& on) {
    QJsonArray out;
    for (const ReviewDue& d : due)
        out.append(QJsonObject{{QStringLiteral("placement_id"), d.placementId},
                               {QStringLiteral("child_id"), d.childRef},
                               {QStringLiteral("provider"), d.providerName},
                               {QStringLiteral("provision"), d.provisionName},
                               {QStringLiteral("start"), dateOrNull(d.start)},
                               {QStringLiteral("reviews_held"), d.reviewsHeld},
                               {QStringLiteral("last_review"), dateOrNull(d.lastReview)},
                               {QStringLiteral("next_due"), dateOrNull(d.nextDue)},
                               {QStringLiteral("overdue"), d.overdueOn(on)},
                               {QStringLiteral("days_overdue"), d.daysOverdueOn(on)}});
    return out;
}

QString reviewsText(const QList<ReviewDue>& due, const QDate& on) {
    QString out =
        QStringLiteral("%1 placement(s); reviews as on %2\n").arg(due.size()).arg(on.toString(Qt::ISODate));
    // One arg() call per line: a name is never read as a place marker of a later call.
    for (const ReviewDue& d : due)
        out +=
            QStringLiteral("placement %1  child %2  %3  from %4  reviews held %5  last %6  next due %7%8\n")
                .arg(QString::number(d.placementId), d.childRef, where(d.providerName, d.provisionName),
                     dateOrDash(d.start), QString::number(d.reviewsHeld), dateOrDash(d.lastReview),
                     dateOrDash(d.nextDue),
                     d.overdueOn(on) ? QStringLiteral("  OVERDUE by %1 day(s)").arg(d.daysOverdueOn(on))
                                     : QString());
    return out;
}

QJsonArray meetingsJson(const QList<DisruptionMeeting>& meetings) {
    QJsonArray out;
    for (const DisruptionMeeting& m : meetings)
        out.append(QJsonObject{{QStringLiteral("meeting_id"), m.id},
                               {QStringLiteral("placement_id"), m.placementId},
                               {QStringLiteral("child_id"), m.childRef},
                               {QStringLiteral("provider"), m.providerName},
                               {QStringLiteral("held_on"), dateOrNull(m.heldOn)},
                               {QStringLiteral("asked_by"), code(m.askedBy)},
                               {QStringLiteral("attendees"), m.attendees},
                               {QStringLiteral("concerns"), m.concerns},
                               {QStringLiteral("actions"), m.actions},
                               {QStringLiteral("outcome"), code(m.outcome)}});
    return out;
}

QString meetingsText(const QList<DisruptionMeeting>& meetings) {
    QString out = QStringLiteral("%1 pre-disruption meeting(s)\n").arg(meetings.size());
    for (const DisruptionMeeting& m : meetings)
        out += QStringLiteral("%1  placement %2  child %3  %4  asked by %5  outcome: %6\n  concerns: %7\n  "
                              "actions: %8\n")
                   .arg(dateOrDash(m.heldOn), QString::number(m.placementId), m.childRef,
                        m.providerName.isEmpty() ? QStringLiteral("-") : m.providerName,
                        label(m.askedBy).toLower(), label(m.outcome).toLower(), m.concerns, m.actions);
    return out;
}

QJsonArray contractJson(const QList<ContractVersion>& versions) {
    QJsonArray out;
    for (const ContractVersion& c : versions) {
        QJsonArray outcomes;
        for (const ContractOutcome& o : c.outcomes)
            outcomes.append(QJsonObject{{QStringLiteral("wording"), o.wording},
                                        {QStringLiteral("measure"), o.measure},
                                        {QStringLiteral("review_months"), o.reviewMonths}});
        out.append(QJsonObject{{QStringLiteral("version"), c.version},
                               {QStringLiteral("effective_from"), dateOrNull(c.effectiveFrom)},
                               {QStringLiteral("start"), dateOrNull(c.start)},
                               {QStringLiteral("weekly_fee"), c.weeklyFee},
                               {QStringLiteral("extras"), c.extras},
                               {QStringLiteral("extras_note"), c.extrasNote},
                               {QStringLiteral("notice_days"), c.noticeDays},
                               {QStringLiteral("provider"), c.providerName},
                               {QStringLiteral("provision"), c.provisionName},
                               {QStringLiteral("change_note"), c.changeNote},
                               {QStringLiteral("made_at"), c.madeAt.toString(Qt::ISODate)},
                               {QStringLiteral("made_by"), c.madeBy},
                               {QStringLiteral("outcomes"), outcomes}});
    }
    return out;
}

QString contractText(const QList<ContractVersion>& versions) {
    QString out;
    for (const ContractVersion& c : versions) {
        out += QStringLiteral("Version %1 from %2 (%3; by %4)\n  %5\n  start %6, weekly fee %7, extras %8, "
                              "notice %9 days\n")
                   .arg(QString::number(c.version), dateOrDash(c.effectiveFrom), c.changeNote, c.madeBy,
                        where(c.providerName, c.provisionName), dateOrDash(c.start),
                        QString::number(c.weeklyFee, 'f', 2), QString::number(c.extras, 'f', 2),
                        QString::number(c.noticeDays));
        for (int i = 0; i < c.outcomes.size(); ++i)
            out += QStringLiteral("  outcome %1: %2%3\n")
                       .arg(QString::number(i + 1), c.outcomes[i].wording,
                            c.outcomes[i].measure.isEmpty()
                                ? QString()
                                : QStringLiteral(" (measure: %1)").arg(c.outcomes[i].measure));
    }
    return out;
}

} // namespace pd::core
