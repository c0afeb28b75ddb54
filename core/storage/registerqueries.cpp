// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/registerqueries.h"

#include "core/storage/database.h"
#include "core/storage/sql.h"

#include <cmath>

namespace pd::core {

Result<QList<RegisterRow>> registerRows(Database& db, const QDate& day,
                                        const std::optional<RegisterArea>& near) {
    QVariantMap binds{{QStringLiteral(":day"), day.toString(Qt::ISODate)}};
    if (near) {
        // Degrees of latitude are ~69.09 miles everywhere; of longitude, that times cos(latitude).
        const double milesPerDegree = kEarthRadiusMiles * M_PI / 180.0;
        const double dLat = near->miles / milesPerDegree * 1.01;
        const double dLon =
            near->miles / (milesPerDegree * std::max(0.01, std::cos(near->centre.lat * M_PI / 180.0))) * 1.01;
        binds.insert(QStringLiteral(":south"), near->centre.lat - dLat);
        binds.insert(QStringLiteral(":north"), near->centre.lat + dLat);
        binds.insert(QStringLiteral(":west"), near->centre.lon - dLon);
        binds.insert(QStringLiteral(":east"), near->centre.lon + dLon);
    }
    auto rows = Sql(db).query(
        QStringLiteral(
            "SELECT p.id AS provider_id, p.name AS provider_name, p.kind, p.framework_status, "
            "  COALESCE(p.ofsted_rating, '') AS ofsted_rating, COALESCE(p.ofsted_urn, '') AS ofsted_urn, "
            "  COALESCE(v.id, 0) AS provision_id, COALESCE(v.code, '') AS provision_code, "
            "  COALESCE(v.name, '') AS provision_name, COALESCE(v.placement_type, '') AS placement_type, "
            "  COALESCE(v.min_age, 0) AS min_age, COALESCE(v.max_age, 0) AS max_age, "
            "  COALESCE(v.places, 0) AS places, COALESCE(v.skills, '') AS skills, "
            "  COALESCE(v.postcode, p.postcode, '') AS postcode, pc.lat, pc.lon, "
            "  COALESCE(v.weekly_fee, 0) AS weekly_fee, COALESCE(vx.open_places, 0) AS open_places, "
            "vx.next_from "
            "FROM providers p LEFT JOIN provisions v ON v.provider_id = p.id AND v.active = 1 "
            "LEFT JOIN postcodes pc ON pc.postcode = COALESCE(v.postcode, p.postcode) "
            // One pass over the vacancies instead of two look-ups per provision; the view sorts.
            "LEFT JOIN (SELECT provision_id, "
            "    SUM(CASE WHEN available_from <= :day THEN places ELSE 0 END) AS open_places, "
            "    MIN(available_from) AS next_from "
            "  FROM vacancies WHERE used_by_placement IS NULL AND (available_until IS NULL OR "
            "available_until >= :day) GROUP BY "
            "provision_id) vx "
            "  ON vx.provision_id = v.id "
            "%1 ORDER BY p.id, v.id")
            .arg(near ? QStringLiteral("WHERE pc.lat BETWEEN :south AND :north "
                                       "AND pc.lon BETWEEN :west AND :east")
                      : QString()),
        binds, QStringLiteral("reading the provider register"));
    if (!rows)
        return rows.error();
    QList<RegisterRow> out;
    while (rows->next()) {
        const SqlRow& row = *rows;
        RegisterRow r;
        r.providerId = row.integer("provider_id");
        r.providerName = row.text("provider_name");
        r.kind = fromCode<ProviderKind>(row.text("kind")).value_or(ProviderKind::Ifa);
        r.frameworkStatus =
            fromCode<FrameworkStatus>(row.text("framework_status")).value_or(FrameworkStatus::Spot);
        r.rating = fromCode<OfstedRating>(row.text("ofsted_rating")).value_or(OfstedRating::None);
        r.ofstedUrn = row.text("ofsted_urn");
        r.provisionId = row.integer("provision_id");
        r.provisionCode = row.text("provision_code");
        r.provisionName = row.text("provision_name");
        r.type = fromCode<PlacementType>(row.text("placement_type")).value_or(PlacementType::Foster);
        r.minAge = row.number("min_age");
        r.maxAge = row.number("max_age");
        r.places = row.number("places");
        r.skills = row.text("skills").split(u',', Qt::SkipEmptyParts);
        r.postcode = row.text("postcode");
        if (!row.isNull("lat"))
            r.location = Coordinates{row.real("lat"), row.real("lon")};
        r.weeklyFee = row.real("weekly_fee");
        r.vacantPlacesNow = row.number("open_places");
        r.nextVacancy = row.date("next_from");
        out << r;
    }
    return out;
}

} // namespace pd::core
