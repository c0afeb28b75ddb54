// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/referraltransitionstore.h"

#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/storage/recordwriter.h"
#include "core/storage/sql.h"

namespace pd::core {

Status ReferralTransitionStore::setState(qint64 referralId, qint64 expectedVersion, ReferralState state,
                                         const QVariant& heldFromState) {
    return RecordWriter(m_db).update(
        QStringLiteral("referrals"), referralId, expectedVersion,
        {{QStringLiteral("state"), code(state)}, {QStringLiteral("held_from_state"), heldFromState}});
}

Status ReferralTransitionStore::record(const ReferralTransition& t) {
    if (auto s = Sql(m_db).run(
            QStringLiteral(
                "INSERT INTO referral_transitions (referral_id, at, who, event, from_state, to_state, "
                "comment) VALUES (:referral, :at, :who, :event, :from, :to, :comment)"),
            {{QStringLiteral(":referral"), t.referralId},
             {QStringLiteral(":at"), t.at.toUTC().toString(Qt::ISODateWithMs)},
             {QStringLiteral(":who"), t.who},
             {QStringLiteral(":event"), t.event},
             {QStringLiteral(":from"), t.fromState.isEmpty() ? QVariant() : QVariant(t.fromState)},
             {QStringLiteral(":to"), t.toState},
             {QStringLiteral(":comment"), t.comment.isEmpty() ? QVariant() : QVariant(t.comment)}},
            QStringLiteral("recording a referral's history"));
        !s)
        return s;
    const QString summary = t.comment.isEmpty() ? t.event : QStringLiteral("%1: %2").arg(t.event, t.comment);
    return AuditLog(m_db).record(QStringLiteral("referrals"), t.referralId, QStringLiteral("transition"),
                                 QStringLiteral("state"), t.fromState,
                                 QStringLiteral("%1 (%2)").arg(t.toState, summary));
}

Result<QList<ReferralTransition>> ReferralTransitionStore::history(qint64 referralId) const {
    auto rows =
        Sql(m_db).query(QStringLiteral("SELECT id, at, who, event, from_state, to_state, comment "
                                       "FROM referral_transitions WHERE referral_id = :r ORDER BY at, id"),
                        {{QStringLiteral(":r"), referralId}}, QStringLiteral("reading a referral's history"));
    if (!rows)
        return rows.error();
    QList<ReferralTransition> out;
    while (rows->next()) {
        ReferralTransition t;
        t.id = rows->integer("id");
        t.referralId = referralId;
        t.at = rows->dateTime("at");
        t.who = rows->text("who");
        t.event = rows->text("event");
        t.fromState = rows->text("from_state");
        t.toState = rows->text("to_state");
        t.comment = rows->text("comment");
        out << t;
    }
    return out;
}

Result<int> ReferralTransitionStore::offersMeetingEssential(qint64 referralId) const {
    auto n = Sql(m_db).scalar(QStringLiteral("SELECT COUNT(*) FROM offers WHERE referral_id = :r "
                                             "AND meets_essential = 1 AND status IN ('open','accepted')"),
                              {{QStringLiteral(":r"), referralId}}, QStringLiteral("counting offers"));
    if (!n)
        return n.error();
    return n->toInt();
}

Result<bool> ReferralTransitionStore::ofReferral(const QString& table, qint64 id, qint64 referralId) const {
    static const QStringList kTables{QStringLiteral("offers"), QStringLiteral("options_papers"),
                                     QStringLiteral("placement_choices"), QStringLiteral("placements")};
    Q_ASSERT(kTables.contains(table)); // table names come from code, never from users
    if (id <= 0 || !kTables.contains(table))
        return false;
    auto n = Sql(m_db).scalar(
        QStringLiteral("SELECT COUNT(*) FROM %1 WHERE id = :id AND referral_id = :r").arg(table),
        {{QStringLiteral(":id"), id}, {QStringLiteral(":r"), referralId}},
        QStringLiteral("checking a referral's %1").arg(QString(table).replace(u'_', u' ')));
    if (!n)
        return n.error();
    return n->toInt() > 0;
}

Result<int> ReferralTransitionStore::placementsOf(qint64 referralId) const {
    auto n = Sql(m_db).scalar(QStringLiteral("SELECT COUNT(*) FROM placements WHERE referral_id = :r"),
                              {{QStringLiteral(":r"), referralId}},
                              QStringLiteral("counting a referral's placements"));
    if (!n)
        return n.error();
    return n->toInt();
}

Result<double> ReferralTransitionStore::numberSetting(const QString& key, double fallback) const {
    auto value = Sql(m_db).scalar(QStringLiteral("SELECT value FROM settings WHERE key = :k"),
                                  {{QStringLiteral(":k"), key}}, QStringLiteral("reading a setting"));
    if (!value)
        return value.error();
    if (!value->isValid())
        return fallback;
    bool ok = false;
    const double v = value->toString().toDouble(&ok);
    return ok ? v : fallback;
}

} // namespace pd::core
