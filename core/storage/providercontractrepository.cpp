// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/providercontractrepository.h"

#include "core/storage/database.h"
#include "core/storage/recordwriter.h"
#include "core/storage/sql.h"

namespace pd::core {

namespace {

QVariant realOrNull(const std::optional<double>& v) {
    return v ? QVariant(*v) : QVariant();
}

QVariant dateOrNull(const QDate& d) {
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QVariant textOrNull(const QString& s) {
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace

Status ProviderContractRepository::save(ProviderContract& c) {
    const QVariantMap values{{QStringLiteral("provider_id"), c.providerId},
                             {QStringLiteral("kind"), code(c.kind)},
                             {QStringLiteral("reference"), textOrNull(c.reference)},
                             {QStringLiteral("tier"), textOrNull(c.tier)},
                             {QStringLiteral("price_band_lower"), realOrNull(c.priceBandLower)},
                             {QStringLiteral("price_band_upper"), realOrNull(c.priceBandUpper)},
                             {QStringLiteral("starts_on"), dateOrNull(c.startsOn)},
                             {QStringLiteral("ends_on"), dateOrNull(c.endsOn)},
                             {QStringLiteral("review_on"), dateOrNull(c.reviewOn)},
                             {QStringLiteral("reserved_places"), c.reservedPlaces},
                             {QStringLiteral("price_per_place"), realOrNull(c.pricePerPlace)},
                             {QStringLiteral("void_cost"), realOrNull(c.voidCost)},
                             {QStringLiteral("note"), textOrNull(c.note)}};
    RecordWriter writer(m_db);
    if (c.id == 0) {
        auto id = writer.insert(QStringLiteral("provider_contracts"), values);
        if (!id)
            return id.error();
        c.id = id.value();
        c.rowVersion = 1;
        return {};
    }
    if (auto s = writer.update(QStringLiteral("provider_contracts"), c.id, c.rowVersion, values); !s)
        return s;
    auto version = writer.currentVersion(QStringLiteral("provider_contracts"), c.id);
    if (!version)
        return version.error();
    c.rowVersion = version.value();
    return {};
}

Result<QList<ProviderContract>> ProviderContractRepository::select(const QString& where,
                                                                   const QVariantMap& binds) const {
    auto rows = Sql(m_db).query(
        QStringLiteral(
            "SELECT c.id, c.row_version, c.provider_id, p.name AS provider_name, c.kind, c.reference, "
            "c.tier, c.price_band_lower, c.price_band_upper, c.starts_on, c.ends_on, c.review_on, "
            "c.reserved_places, c.price_per_place, c.void_cost, c.note FROM provider_contracts c "
            "JOIN providers p ON p.id = c.provider_id %1 ORDER BY p.name, c.starts_on, c.id")
            .arg(where),
        binds, QStringLiteral("reading the providers' contracts"));
    if (!rows)
        return rows.error();
    QList<ProviderContract> out;
    while (rows->next()) {
        ProviderContract c;
        c.id = rows->integer("id");
        c.rowVersion = rows->integer("row_version");
        c.providerId = rows->integer("provider_id");
        c.providerName = rows->text("provider_name");
        c.kind = fromCode<ProviderContractKind>(rows->text("kind")).value_or(ProviderContractKind::Spot);
        c.reference = rows->text("reference");
        c.tier = rows->text("tier");
        c.priceBandLower = rows->optionalReal("price_band_lower");
        c.priceBandUpper = rows->optionalReal("price_band_upper");
        c.startsOn = rows->date("starts_on");
        c.endsOn = rows->date("ends_on");
        c.reviewOn = rows->date("review_on");
        c.reservedPlaces = rows->number("reserved_places");
        c.pricePerPlace = rows->optionalReal("price_per_place");
        c.voidCost = rows->optionalReal("void_cost");
        c.note = rows->text("note");
        out << c;
    }
    return out;
}

Result<ProviderContract> ProviderContractRepository::load(qint64 id) const {
    auto found = select(QStringLiteral("WHERE c.id = :id"), {{QStringLiteral(":id"), id}});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(QStringLiteral("There is no provider contract %1 in this file.").arg(id));
    return found->first();
}

Result<QList<ProviderContract>> ProviderContractRepository::all(qint64 providerId) const {
    if (providerId > 0)
        return select(QStringLiteral("WHERE c.provider_id = :p"), {{QStringLiteral(":p"), providerId}});
    return select(QString(), {});
}

Result<QList<ProviderStay>> ProviderContractRepository::stays(qint64 providerId) const {
    auto rows = Sql(m_db).query(
        QStringLiteral("SELECT pl.start_date, pl.end_date FROM placements pl JOIN "
                       "provisions v ON v.id = pl.provision_id WHERE v.provider_id = :p "
                       "ORDER BY pl.start_date"),
        {{QStringLiteral(":p"), providerId}}, QStringLiteral("reading the placements with the provider"));
    if (!rows)
        return rows.error();
    QList<ProviderStay> out;
    while (rows->next())
        out << ProviderStay{rows->date("start_date"), rows->date("end_date")};
    return out;
}

} // namespace pd::core
