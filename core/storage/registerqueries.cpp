// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/registerqueries.h"

#include "core/storage/database.h"

#include <cmath>

namespace pd::core {

Result<QList<RegisterRow>> registerRows(Database& db, const QDate& day,
                                        const std::optional<RegisterArea>& near) {
    QSqlQuery q = db.prepare(
        QStringLiteral("SELECT p.id, p.name, p.kind, p.framework_status, COALESCE(p.ofsted_rating, ''), "
                       "COALESCE(p.ofsted_urn, ''), "
                       "  COALESCE(v.id, 0), COALESCE(v.code, ''), COALESCE(v.name, ''), "
                       "COALESCE(v.placement_type, ''), "
                       "  COALESCE(v.min_age, 0), COALESCE(v.max_age, 0), COALESCE(v.places, 0), "
                       "COALESCE(v.skills, ''), "
                       "  COALESCE(v.postcode, p.postcode, ''), pc.lat, pc.lon, COALESCE(v.weekly_fee, 0), "
                       "  COALESCE(vx.open_places, 0), vx.next_from "
                       "FROM providers p LEFT JOIN provisions v ON v.provider_id = p.id AND v.active = 1 "
                       "LEFT JOIN postcodes pc ON pc.postcode = COALESCE(v.postcode, p.postcode) "
                       // One pass over the vacancies instead of two look-ups per provision; the view sorts.
                       "LEFT JOIN (SELECT provision_id, "
                       "    SUM(CASE WHEN available_from <= :day THEN places ELSE 0 END) AS open_places, "
                       "    MIN(available_from) AS next_from "
                       "  FROM vacancies WHERE available_until IS NULL OR available_until >= :day GROUP BY "
                       "provision_id) vx "
                       "  ON vx.provision_id = v.id "
                       "%1 ORDER BY p.id, v.id")
            .arg(near ? QStringLiteral("WHERE pc.lat BETWEEN :south AND :north "
                                       "AND pc.lon BETWEEN :west AND :east")
                      : QString()));
    q.bindValue(QStringLiteral(":day"), day.toString(Qt::ISODate));
    if (near) {
        // Degrees of latitude are ~69.09 miles everywhere; of longitude, that times cos(latitude).
        const double milesPerDegree = kEarthRadiusMiles * M_PI / 180.0;
        const double dLat = near->miles / milesPerDegree * 1.01;
        const double dLon =
            near->miles / (milesPerDegree * std::max(0.01, std::cos(near->centre.lat * M_PI / 180.0))) * 1.01;
        q.bindValue(QStringLiteral(":south"), near->centre.lat - dLat);
        q.bindValue(QStringLiteral(":north"), near->centre.lat + dLat);
        q.bindValue(QStringLiteral(":west"), near->centre.lon - dLon);
        q.bindValue(QStringLiteral(":east"), near->centre.lon + dLon);
    }
    q.setForwardOnly(true);
    if (auto s = db.exec(q, QStringLiteral("reading the provider register")); !s)
        return s.error();
    QList<RegisterRow> out;
    while (q.next()) {
        RegisterRow r;
        r.providerId = q.value(0).toLongLong();
        r.providerName = q.value(1).toString();
        r.kind = providerKindFromCode(q.value(2).toString()).value_or(ProviderKind::Ifa);
        r.frameworkStatus = frameworkStatusFromCode(q.value(3).toString()).value_or(FrameworkStatus::Spot);
        r.rating = ofstedRatingFromCode(q.value(4).toString()).value_or(OfstedRating::None);
        r.ofstedUrn = q.value(5).toString();
        r.provisionId = q.value(6).toLongLong();
        r.provisionCode = q.value(7).toString();
        r.provisionName = q.value(8).toString();
        r.type = placementTypeFromCode(q.value(9).toString()).value_or(PlacementType::Foster);
        r.minAge = q.value(10).toInt();
        r.maxAge = q.value(11).toInt();
        r.places = q.value(12).toInt();
        r.skills = q.value(13).toString().split(u',', Qt::SkipEmptyParts);
        r.postcode = q.value(14).toString();
        if (!q.value(15).isNull())
            r.location = Coordinates{q.value(15).toDouble(), q.value(16).toDouble()};
        r.weeklyFee = q.value(17).toDouble();
        r.vacantPlacesNow = q.value(18).toInt();
        r.nextVacancy = QDate::fromString(q.value(19).toString(), Qt::ISODate);
        out << r;
    }
    return out;
}

} // namespace pd::core
