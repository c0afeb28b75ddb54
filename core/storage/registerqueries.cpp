// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/registerqueries.h"

#include "core/storage/database.h"

namespace pd::core {

Result<QList<RegisterRow>> registerRows(Database& db, const QDate& day)
{
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT p.id, p.name, p.kind, p.framework_status, COALESCE(p.ofsted_rating, ''), COALESCE(p.ofsted_urn, ''), "
        "  COALESCE(v.id, 0), COALESCE(v.code, ''), COALESCE(v.name, ''), COALESCE(v.placement_type, ''), "
        "  COALESCE(v.min_age, 0), COALESCE(v.max_age, 0), COALESCE(v.places, 0), COALESCE(v.skills, ''), "
        "  COALESCE(v.postcode, p.postcode, ''), pc.lat, pc.lon, COALESCE(v.weekly_fee, 0), "
        "  (SELECT COALESCE(SUM(x.places), 0) FROM vacancies x WHERE x.provision_id = v.id "
        "     AND x.available_from <= :day AND (x.available_until IS NULL OR x.available_until >= :day)), "
        "  (SELECT MIN(x.available_from) FROM vacancies x WHERE x.provision_id = v.id "
        "     AND (x.available_until IS NULL OR x.available_until >= :day)) "
        "FROM providers p LEFT JOIN provisions v ON v.provider_id = p.id AND v.active = 1 "
        "LEFT JOIN postcodes pc ON pc.postcode = COALESCE(v.postcode, p.postcode) "
        "ORDER BY p.name, p.id, v.name, v.id"));
    q.bindValue(QStringLiteral(":day"), day.toString(Qt::ISODate));
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
