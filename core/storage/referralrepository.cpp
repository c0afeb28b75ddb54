// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/referralrepository.h"

#include "core/storage/database.h"
#include "core/storage/recordwriter.h"
#include "core/storage/transactionguard.h"

#include <QJsonDocument>

namespace pd::core {

namespace {

QVariantMap recordColumns(const Referral& r) {
    return {
        {QStringLiteral("reference"), r.reference},
        {QStringLiteral("emergency"), r.emergency ? 1 : 0},
        {QStringLiteral("needed_by"), r.neededBy.isEmpty() ? QVariant() : QVariant(r.neededBy)},
        {QStringLiteral("needed_by_date"),
         r.neededByDate.isValid() ? QVariant(r.neededByDate.toString(Qt::ISODate)) : QVariant()},
        {QStringLiteral("officer"), r.officer.isEmpty() ? QVariant() : QVariant(r.officer)},
        {QStringLiteral("social_worker"), r.socialWorker.isEmpty() ? QVariant() : QVariant(r.socialWorker)},
        {QStringLiteral("record_json"),
         QString::fromUtf8(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact))}};
}

} // namespace

Result<Referral> ReferralRepository::load(qint64 id) const {
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT reference, state, held_from_state, emergency, officer, "
                                              "social_worker, received_at, follow_up_of, "
                                              "record_json, row_version FROM referrals WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (auto s = m_db.exec(q, QStringLiteral("reading a referral")); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(QStringLiteral("Referral %1 does not exist.").arg(id));
    QStringList problems;
    Referral r =
        Referral::fromJson(QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object(), &problems);
    r.id = id;
    r.reference = q.value(0).toString();
    if (!referralStateFromName(q.value(1).toString(), &r.state))
        return Error::storage(
            QStringLiteral("Referral %1 has an unknown state '%2'.").arg(r.reference, q.value(1).toString()));
    if (!q.value(2).isNull())
        referralStateFromName(q.value(2).toString(), &r.heldFromState);
    r.emergency = q.value(3).toInt() != 0;
    r.officer = q.value(4).toString();
    r.socialWorker = q.value(5).toString();
    r.receivedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    r.followUpOf = q.value(7).toLongLong();
    r.rowVersion = q.value(9).toLongLong();
    return r;
}

Result<QList<ReferralListRow>> ReferralRepository::list() const {
    // Names come out of record_json with SQLite's JSON functions, so the list needs one query.
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT r.id, r.reference, r.state, r.emergency, r.needed_by, "
                                    "r.needed_by_date, r.officer, r.social_worker, "
                                    "r.received_at, (SELECT group_concat(trim(coalesce(json_extract(c.value, "
                                    "'$.firstName'), '') || ' ' || "
                                    "coalesce(json_extract(c.value, '$.lastName'), '')), ', ') "
                                    "FROM json_each(r.record_json, '$.PlacementDeskExtension.children') c) "
                                    "FROM referrals r ORDER BY r.received_at DESC, r.id DESC"));
    q.setForwardOnly(true);
    if (auto s = m_db.exec(q, QStringLiteral("listing referrals")); !s)
        return s.error();
    QList<ReferralListRow> out;
    while (q.next()) {
        ReferralListRow row;
        row.id = q.value(0).toLongLong();
        row.reference = q.value(1).toString();
        referralStateFromName(q.value(2).toString(), &row.state);
        row.emergency = q.value(3).toInt() != 0;
        row.neededBy = q.value(4).toString();
        row.neededByDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        row.officer = q.value(6).toString();
        row.socialWorker = q.value(7).toString();
        row.receivedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODate);
        row.children = q.value(9).toString();
        out << row;
    }
    return out;
}

Result<qint64> ReferralRepository::idForReference(const QString& reference) const {
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT id FROM referrals WHERE reference = :r"));
    q.bindValue(QStringLiteral(":r"), reference);
    if (auto s = m_db.exec(q, QStringLiteral("finding a referral")); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(QStringLiteral("There is no referral %1.").arg(reference));
    return q.value(0).toLongLong();
}

Result<QString> ReferralRepository::nextReference(int year) const {
    const QString prefix = QStringLiteral("R-%1-").arg(year);
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT MAX(CAST(substr(reference, 8) AS INTEGER)) FROM referrals "
                                    "WHERE reference LIKE :p"));
    q.bindValue(QStringLiteral(":p"), prefix + u'%');
    if (auto s = m_db.exec(q, QStringLiteral("numbering a referral")); !s)
        return s.error();
    q.next();
    return prefix + QStringLiteral("%1").arg(q.value(0).toInt() + 1, 4, 10, QLatin1Char('0'));
}

Result<qint64> ReferralRepository::insert(Referral referral) {
    TransactionGuard tx(m_db);
    if (!tx.started())
        return tx.started().error();
    if (!referral.receivedAt.isValid())
        referral.receivedAt = QDateTime::currentDateTime();
    if (referral.reference.isEmpty()) {
        auto ref = nextReference(referral.receivedAt.date().year());
        if (!ref)
            return ref.error();
        referral.reference = ref.value();
    }
    QVariantMap values = recordColumns(referral);
    values.insert(QStringLiteral("state"), referralStateName(referral.state));
    values.insert(QStringLiteral("received_at"), referral.receivedAt.toString(Qt::ISODate));
    if (referral.followUpOf)
        values.insert(QStringLiteral("follow_up_of"), referral.followUpOf);
    auto id = RecordWriter(m_db).insert(QStringLiteral("referrals"), values);
    if (!id)
        return id.error();
    for (int i = 0; i < referral.children.size(); ++i) {
        if (!referral.children[i].childId)
            continue;
        auto link = RecordWriter(m_db).insert(QStringLiteral("referral_children"),
                                              {{QStringLiteral("referral_id"), id.value()},
                                               {QStringLiteral("child_id"), referral.children[i].childId},
                                               {QStringLiteral("position"), i}});
        if (!link)
            return link.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return id.value();
}

Status ReferralRepository::save(const Referral& referral) {
    return RecordWriter(m_db).update(QStringLiteral("referrals"), referral.id, referral.rowVersion,
                                     recordColumns(referral));
}

} // namespace pd::core
