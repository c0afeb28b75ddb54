// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/referralsendrepository.h"

#include "core/storage/database.h"
#include "core/storage/recordwriter.h"
#include "core/storage/sql.h"

namespace pd::core {

Result<QList<Recipient>> ReferralSendRepository::query(const QString& where, const QVariantMap& binds) const {
    auto rows = Sql(m_db).query(
        QStringLiteral("SELECT pr.id, pr.name, pr.referral_email, pr.framework_status FROM providers pr ") +
            where + QStringLiteral(" ORDER BY pr.framework_status = 'in_house' DESC, pr.name, pr.id"),
        binds, QStringLiteral("reading the providers to send to"));
    if (!rows)
        return rows.error();
    QList<Recipient> out;
    while (rows->next())
        out << Recipient{
            rows->integer("id"), rows->text("name"), rows->text("referral_email"),
            fromCode<FrameworkStatus>(rows->text("framework_status")).value_or(FrameworkStatus::Spot)};
    return out;
}

Result<QList<Recipient>> ReferralSendRepository::defaultRecipients(const QList<PlacementType>& types) const {
    QVariantMap binds;
    QStringList placeholders;
    for (int i = 0; i < types.size(); ++i) {
        placeholders << QStringLiteral(":t%1").arg(i);
        binds.insert(placeholders.last(), code(types[i]));
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
    auto rows =
        Sql(m_db).query(QStringLiteral("SELECT s.id, s.provider_id, pr.name AS provider_name, s.sent_at, "
                                       "s.sent_by, s.recipient_email, s.pack_file, s.draft_file "
                                       "FROM referral_sends s JOIN providers pr ON pr.id = "
                                       "s.provider_id WHERE s.referral_id = :r ORDER BY s.id"),
                        {{QStringLiteral(":r"), referralId}}, QStringLiteral("reading what was sent"));
    if (!rows)
        return rows.error();
    QList<SendRecord> out;
    while (rows->next())
        out << SendRecord{rows->integer("id"),
                          referralId,
                          rows->integer("provider_id"),
                          rows->text("provider_name"),
                          QDateTime::fromString(rows->text("sent_at"), Qt::ISODate),
                          rows->text("sent_by"),
                          rows->text("recipient_email"),
                          rows->text("pack_file"),
                          rows->text("draft_file")};
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
         {QStringLiteral("prepared_at"), m_db.now().toString(Qt::ISODate)},
         {QStringLiteral("prepared_by"), m_db.userName()},
         {QStringLiteral("offer_ids"), ids.join(u',')},
         {QStringLiteral("fewer_than_three_reason"), reason.isEmpty() ? QVariant() : QVariant(reason)}});
}

} // namespace pd::core
