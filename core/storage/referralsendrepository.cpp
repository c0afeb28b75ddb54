// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/referralsendrepository.h"

#include "core/storage/database.h"
#include "core/storage/recordwriter.h"

namespace pd::core {

Result<QList<Recipient>> ReferralSendRepository::query(const QString& where, const QVariantMap& binds) const {
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT pr.id, pr.name, pr.referral_email, pr.framework_status FROM providers pr ") +
        where + QStringLiteral(" ORDER BY pr.framework_status = 'in_house' DESC, pr.name, pr.id"));
    for (auto it = binds.begin(); it != binds.end(); ++it)
        q.bindValue(it.key(), it.value());
    if (auto s = m_db.exec(q, QStringLiteral("reading the providers to send to")); !s)
        return s.error();
    QList<Recipient> out;
    while (q.next())
        out << Recipient{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                         frameworkStatusOrSpot(q.value(3).toString())};
    return out;
}

Result<QList<Recipient>> ReferralSendRepository::defaultRecipients(const QList<PlacementType>& types) const {
    QVariantMap binds;
    QStringList placeholders;
    for (int i = 0; i < types.size(); ++i) {
        placeholders << QStringLiteral(":t%1").arg(i);
        binds.insert(placeholders.last(), placementTypeCode(types[i]));
    }
    if (placeholders.isEmpty())
        return QList<Recipient>();
    return query(
        QStringLiteral(
            "WHERE pr.framework_status IN ('in_house','select_list') AND EXISTS (SELECT 1 FROM provisions p "
            "WHERE p.provider_id = pr.id AND p.active = 1 AND p.placement_type IN (%1))")
            .arg(placeholders.join(u',')),
        binds);
}

Result<QList<Recipient>> ReferralSendRepository::usableProviders() const {
    return query(QStringLiteral("WHERE pr.framework_status NOT IN ('suspended','excluded')"), {});
}

Result<QList<Recipient>> ReferralSendRepository::providers(const QList<qint64>& ids) const {
    QList<Recipient> out;
    for (qint64 id : ids) {
        auto one = query(QStringLiteral("WHERE pr.id = :id"), {{QStringLiteral(":id"), id}});
        if (!one)
            return one.error();
        if (one->isEmpty())
            return Error::notFound(QStringLiteral("Provider %1 does not exist.").arg(id));
        out << one->first();
    }
    return out;
}

Result<qint64> ReferralSendRepository::record(const SendRecord& s) {
    return RecordWriter(m_db).insert(QStringLiteral("referral_sends"),
                                     {{QStringLiteral("referral_id"), s.referralId},
                                      {QStringLiteral("provider_id"), s.providerId},
                                      {QStringLiteral("sent_at"), s.sentAt.toUTC().toString(Qt::ISODate)},
                                      {QStringLiteral("sent_by"), s.sentBy},
                                      {QStringLiteral("recipient_email"), s.email},
                                      {QStringLiteral("pack_file"), s.packFile},
                                      {QStringLiteral("draft_file"), s.draftFile}});
}

Result<QList<SendRecord>> ReferralSendRepository::sends(qint64 referralId) const {
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT s.id, s.provider_id, pr.name, s.sent_at, s.sent_by, "
                                              "s.recipient_email, s.pack_file, s.draft_file "
                                              "FROM referral_sends s JOIN providers pr ON pr.id = "
                                              "s.provider_id WHERE s.referral_id = :r ORDER BY s.id"));
    q.bindValue(QStringLiteral(":r"), referralId);
    if (auto st = m_db.exec(q, QStringLiteral("reading what was sent")); !st)
        return st.error();
    QList<SendRecord> out;
    while (q.next())
        out << SendRecord{q.value(0).toLongLong(),
                          referralId,
                          q.value(1).toLongLong(),
                          q.value(2).toString(),
                          QDateTime::fromString(q.value(3).toString(), Qt::ISODate),
                          q.value(4).toString(),
                          q.value(5).toString(),
                          q.value(6).toString(),
                          q.value(7).toString()};
    return out;
}

Result<qint64> ReferralSendRepository::recordOptionsPaper(qint64 referralId, const QList<qint64>& offerIds,
                                                          const QString& reason) {
    QStringList ids;
    for (qint64 id : offerIds)
        ids << QString::number(id);
    return RecordWriter(m_db).insert(
        QStringLiteral("options_papers"),
        {{QStringLiteral("referral_id"), referralId},
         {QStringLiteral("prepared_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
         {QStringLiteral("prepared_by"), m_db.userName()},
         {QStringLiteral("offer_ids"), ids.join(u',')},
         {QStringLiteral("fewer_than_three_reason"), reason.isEmpty() ? QVariant() : QVariant(reason)}});
}

} // namespace pd::core
