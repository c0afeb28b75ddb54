// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/offerrepository.h"

#include "core/storage/database.h"
#include "core/storage/recordwriter.h"
#include "core/storage/sql.h"

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
    "SELECT o.id, o.row_version, o.referral_id, o.provision_id, pr.name AS provider_name, "
    "p.name AS provision_name, o.first_quoted_fee, o.weekly_fee, o.extras, o.start_date, "
    "o.status, o.meets_essential, o.notes FROM offers o "
    "JOIN provisions p ON p.id = o.provision_id JOIN providers pr ON pr.id = p.provider_id ";

Offer readOffer(const SqlRow& row) {
    Offer o;
    o.id = row.integer("id");
    o.rowVersion = row.integer("row_version");
    o.referralId = row.integer("referral_id");
    o.provisionId = row.integer("provision_id");
    o.providerName = row.text("provider_name");
    o.provisionName = row.text("provision_name");
    o.firstQuotedFee = row.real("first_quoted_fee");
    o.weeklyFee = row.real("weekly_fee");
    o.extras = row.real("extras");
    o.startDate = row.date("start_date");
    o.status = row.text("status");
    if (!row.isNull("meets_essential"))
        o.meetsEssential = row.flag("meets_essential");
    o.notes = row.text("notes");
    return o;
}

} // namespace

Result<qint64> OfferRepository::insert(const Offer& offer) {
    QVariantMap values = editable(offer);
    values.insert(QStringLiteral("referral_id"), offer.referralId);
    values.insert(QStringLiteral("provision_id"), offer.provisionId);
    values.insert(QStringLiteral("first_quoted_fee"),
                  offer.firstQuotedFee > 0 ? offer.firstQuotedFee : offer.weeklyFee);
    values.insert(QStringLiteral("received_at"), m_db.now().toString(Qt::ISODate));
    return RecordWriter(m_db).insert(QStringLiteral("offers"), values);
}

Result<QList<Offer>> OfferRepository::forReferral(qint64 referralId) const {
    auto rows = Sql(m_db).query(QString::fromLatin1(kSelect) +
                                    QStringLiteral("WHERE o.referral_id = :r ORDER BY o.id"),
                                {{QStringLiteral(":r"), referralId}}, QStringLiteral("reading the offers"));
    if (!rows)
        return rows.error();
    QList<Offer> out;
    while (rows->next())
        out << readOffer(*rows);
    return out;
}

Result<Offer> OfferRepository::load(qint64 offerId) const {
    auto row = Sql(m_db).query(QString::fromLatin1(kSelect) + QStringLiteral("WHERE o.id = :id"),
                               {{QStringLiteral(":id"), offerId}}, QStringLiteral("reading an offer"));
    if (!row)
        return row.error();
    if (!row->next())
        return Error::notFound(QStringLiteral("Offer %1 does not exist.").arg(offerId));
    return readOffer(*row);
}

Result<QList<ProvisionChoice>> OfferRepository::provisionChoices() const {
    // The next vacancy of each home: the earliest not used by a placement and not ended before today.
    auto rows = Sql(m_db).query(
        QStringLiteral(
            "SELECT p.id, pr.name AS provider_name, p.name AS provision_name, p.code, p.postcode, "
            "v.available_from, v.available_until, v.places FROM provisions p "
            "JOIN providers pr ON pr.id = p.provider_id "
            "LEFT JOIN vacancies v ON v.id = (SELECT n.id FROM vacancies n WHERE n.provision_id = p.id "
            "AND n.used_by_placement IS NULL AND (n.available_until IS NULL OR n.available_until >= :today) "
            "ORDER BY n.available_from, n.id LIMIT 1) "
            "WHERE p.active = 1 ORDER BY pr.name, p.name, p.postcode, p.id"),
        {{QStringLiteral(":today"), m_db.today().toString(Qt::ISODate)}},
        QStringLiteral("listing provisions"));
    if (!rows)
        return rows.error();
    QList<ProvisionChoice> out;
    while (rows->next()) {
        ProvisionChoice c;
        c.provisionId = rows->integer("id");
        c.providerName = rows->text("provider_name");
        c.provisionName = rows->text("provision_name");
        c.code = rows->text("code");
        c.postcode = rows->text("postcode");
        c.vacancyFrom = rows->date("available_from");
        c.vacancyUntil = rows->date("available_until");
        c.vacancyPlaces = int(rows->integer("places"));
        out << c;
    }
    return out;
}

Status OfferRepository::save(const Offer& offer) {
    return RecordWriter(m_db).update(QStringLiteral("offers"), offer.id, offer.rowVersion, editable(offer));
}

} // namespace pd::core
