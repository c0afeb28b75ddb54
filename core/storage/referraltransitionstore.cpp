// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/referraltransitionstore.h"

#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/storage/recordwriter.h"

namespace pd::core {

Status ReferralTransitionStore::setState(qint64 referralId, qint64 expectedVersion, ReferralState state,
                                         const QVariant& heldFromState) {
    return RecordWriter(m_db).update(QStringLiteral("referrals"), referralId, expectedVersion,
                                     {{QStringLiteral("state"), referralStateName(state)},
                                      {QStringLiteral("held_from_state"), heldFromState}});
}

Status ReferralTransitionStore::record(const ReferralTransition& t) {
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO referral_transitions (referral_id, at, who, event, from_state, to_state, comment) "
        "VALUES (:referral, :at, :who, :event, :from, :to, :comment)"));
    q.bindValue(QStringLiteral(":referral"), t.referralId);
    q.bindValue(QStringLiteral(":at"), t.at.toUTC().toString(Qt::ISODateWithMs));
    q.bindValue(QStringLiteral(":who"), t.who);
    q.bindValue(QStringLiteral(":event"), t.event);
    q.bindValue(QStringLiteral(":from"), t.fromState.isEmpty() ? QVariant() : QVariant(t.fromState));
    q.bindValue(QStringLiteral(":to"), t.toState);
    q.bindValue(QStringLiteral(":comment"), t.comment.isEmpty() ? QVariant() : QVariant(t.comment));
    if (auto s = m_db.exec(q, QStringLiteral("recording a referral's history")); !s)
        return s;
    const QString summary = t.comment.isEmpty() ? t.event : QStringLiteral("%1: %2").arg(t.event, t.comment);
    return AuditLog(m_db).record(QStringLiteral("referrals"), t.referralId, QStringLiteral("transition"),
                                 QStringLiteral("state"), t.fromState,
                                 QStringLiteral("%1 (%2)").arg(t.toState, summary));
}

Result<QList<ReferralTransition>> ReferralTransitionStore::history(qint64 referralId) const {
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT id, at, who, event, from_state, to_state, comment "
                                    "FROM referral_transitions WHERE referral_id = :r ORDER BY at, id"));
    q.bindValue(QStringLiteral(":r"), referralId);
    if (auto s = m_db.exec(q, QStringLiteral("reading a referral's history")); !s)
        return s.error();
    QList<ReferralTransition> out;
    while (q.next()) {
        ReferralTransition t;
        t.id = q.value(0).toLongLong();
        t.referralId = referralId;
        t.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        t.who = q.value(2).toString();
        t.event = q.value(3).toString();
        t.fromState = q.value(4).toString();
        t.toState = q.value(5).toString();
        t.comment = q.value(6).toString();
        out << t;
    }
    return out;
}

Result<int> ReferralTransitionStore::offersMeetingEssential(qint64 referralId) const {
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM offers WHERE referral_id = :r "
                                              "AND meets_essential = 1 AND status IN ('open','accepted')"));
    q.bindValue(QStringLiteral(":r"), referralId);
    if (auto s = m_db.exec(q, QStringLiteral("counting offers")); !s)
        return s.error();
    q.next();
    return q.value(0).toInt();
}

Result<double> ReferralTransitionStore::numberSetting(const QString& key, double fallback) const {
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT value FROM settings WHERE key = :k"));
    q.bindValue(QStringLiteral(":k"), key);
    if (auto s = m_db.exec(q, QStringLiteral("reading a setting")); !s)
        return s.error();
    if (!q.next())
        return fallback;
    bool ok = false;
    const double v = q.value(0).toString().toDouble(&ok);
    return ok ? v : fallback;
}

} // namespace pd::core
