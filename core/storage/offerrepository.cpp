// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/offerrepository.h"

#include "core/storage/database.h"
#include "core/storage/recordwriter.h"

#include <QDateTime>

namespace pd::core {

namespace {

QVariantMap editable(const Offer& o) {
    return {{QStringLiteral("weekly_fee"), o.weeklyFee},
            {QStringLiteral("extras"), o.extras},
            {QStringLiteral("start_date"),
             o.startDate.isValid() ? QVariant(o.startDate.toString(Qt::ISODate)) : QVariant()},
            {QStringLiteral("status"), o.status},
            {QStringLiteral("meets_essential"),
             o.meetsEssential ? QVariant(*o.meetsEssential ? 1 : 0) : QVariant()},
            {QStringLiteral("notes"), o.notes}};
}

const char* kSelect =
    "SELECT o.id, o.row_version, o.referral_id, o.provision_id, pr.name, p.name, o.first_quoted_fee, "
    "o.weekly_fee, o.extras, o.start_date, o.status, o.meets_essential, o.notes FROM offers o "
    "JOIN provisions p ON p.id = o.provision_id JOIN providers pr ON pr.id = p.provider_id ";

Offer readOffer(const QSqlQuery& q) {
    Offer o;
    o.id = q.value(0).toLongLong();
    o.rowVersion = q.value(1).toLongLong();
    o.referralId = q.value(2).toLongLong();
    o.provisionId = q.value(3).toLongLong();
    o.providerName = q.value(4).toString();
    o.provisionName = q.value(5).toString();
    o.firstQuotedFee = q.value(6).toDouble();
    o.weeklyFee = q.value(7).toDouble();
    o.extras = q.value(8).toDouble();
    o.startDate = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    o.status = q.value(10).toString();
    if (!q.value(11).isNull())
        o.meetsEssential = q.value(11).toInt() != 0;
    o.notes = q.value(12).toString();
    return o;
}

} // namespace

Result<qint64> OfferRepository::insert(const Offer& offer) {
    QVariantMap values = editable(offer);
    values.insert(QStringLiteral("referral_id"), offer.referralId);
    values.insert(QStringLiteral("provision_id"), offer.provisionId);
    values.insert(QStringLiteral("first_quoted_fee"),
                  offer.firstQuotedFee > 0 ? offer.firstQuotedFee : offer.weeklyFee);
    values.insert(QStringLiteral("received_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return RecordWriter(m_db).insert(QStringLiteral("offers"), values);
}

Result<QList<Offer>> OfferRepository::forReferral(qint64 referralId) const {
    QSqlQuery q =
        m_db.prepare(QString::fromLatin1(kSelect) + QStringLiteral("WHERE o.referral_id = :r ORDER BY o.id"));
    q.bindValue(QStringLiteral(":r"), referralId);
    if (auto s = m_db.exec(q, QStringLiteral("reading the offers")); !s)
        return s.error();
    QList<Offer> out;
    while (q.next())
        out << readOffer(q);
    return out;
}

Result<Offer> OfferRepository::load(qint64 offerId) const {
    QSqlQuery q = m_db.prepare(QString::fromLatin1(kSelect) + QStringLiteral("WHERE o.id = :id"));
    q.bindValue(QStringLiteral(":id"), offerId);
    if (auto s = m_db.exec(q, QStringLiteral("reading an offer")); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(QStringLiteral("Offer %1 does not exist.").arg(offerId));
    return readOffer(q);
}

Result<QList<QPair<qint64, QString>>> OfferRepository::provisionChoices() const {
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT p.id, pr.name || ' — ' || p.name FROM provisions p "
                       "JOIN providers pr ON pr.id = p.provider_id WHERE p.active = 1 ORDER BY 2, 1"));
    if (auto s = m_db.exec(q, QStringLiteral("listing provisions")); !s)
        return s.error();
    QList<QPair<qint64, QString>> out;
    while (q.next())
        out << qMakePair(q.value(0).toLongLong(), q.value(1).toString());
    return out;
}

Status OfferRepository::save(const Offer& offer) {
    return RecordWriter(m_db).update(QStringLiteral("offers"), offer.id, offer.rowVersion, editable(offer));
}

} // namespace pd::core
