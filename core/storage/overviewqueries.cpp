// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/overviewqueries.h"

#include "core/storage/database.h"

#include <QSqlRecord>

namespace pd::core {

Result<TableSnapshot> snapshotOf(Database& db, const QString& sql, const QStringList& headers)
{
    QSqlQuery q = db.prepare(sql);
    if (auto s = db.exec(q, QStringLiteral("reading a list")); !s)
        return s.error();
    TableSnapshot t;
    t.headers = headers;
    const int columns = q.record().count();
    while (q.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row << q.value(i);
        t.rows << row;
    }
    return t;
}

Result<TableSnapshot> referralOverview(Database& db)
{
    return snapshotOf(db, QStringLiteral(
        "SELECT r.reference, r.state, CASE r.emergency WHEN 1 THEN 'Emergency' ELSE '' END, r.needed_by, "
        "r.needed_by_date, r.officer, r.received_at, "
        "(SELECT COUNT(*) FROM referral_children rc WHERE rc.referral_id = r.id) "
        "FROM referrals r ORDER BY r.received_at DESC, r.id DESC"),
        {QStringLiteral("Reference"), QStringLiteral("State"), QStringLiteral("Urgency"),
         QStringLiteral("Needed by"), QStringLiteral("Date needed"), QStringLiteral("Officer"),
         QStringLiteral("Received"), QStringLiteral("Children")});
}

Result<TableSnapshot> providerOverview(Database& db)
{
    return snapshotOf(db, QStringLiteral(
        "SELECT p.name, p.kind, p.framework_status, p.ofsted_urn, p.ofsted_rating, p.postcode, "
        "(SELECT COUNT(*) FROM provisions v WHERE v.provider_id = p.id), "
        "(SELECT COUNT(*) FROM vacancies x JOIN provisions v ON v.id = x.provision_id "
        "  WHERE v.provider_id = p.id AND x.available_from <= date('now') "
        "  AND (x.available_until IS NULL OR x.available_until >= date('now'))) "
        "FROM providers p ORDER BY p.name"),
        {QStringLiteral("Provider"), QStringLiteral("Kind"), QStringLiteral("Framework"),
         QStringLiteral("Ofsted URN"), QStringLiteral("Rating"), QStringLiteral("Postcode"),
         QStringLiteral("Provisions"), QStringLiteral("Vacancies now")});
}

Result<TableSnapshot> placementOverview(Database& db)
{
    return snapshotOf(db, QStringLiteral(
        "SELECT c.child_ref, p.start_date, p.end_date, p.place, p.place_provider, p.category, p.legal_status, "
        "p.weekly_cost FROM placements p JOIN children c ON c.id = p.child_id "
        "WHERE p.end_date IS NULL OR p.end_date >= date('now') ORDER BY p.start_date DESC"),
        {QStringLiteral("Child"), QStringLiteral("Start"), QStringLiteral("End"), QStringLiteral("Placement"),
         QStringLiteral("Provider type"), QStringLiteral("Category"), QStringLiteral("Legal status"),
         QStringLiteral("Weekly cost (\u00a3)")});
}

Result<TableSnapshot> dashboardOverview(Database& db)
{
    return snapshotOf(db, QStringLiteral(
        "SELECT 'Children in placements today', COUNT(DISTINCT child_id) FROM placements "
        "  WHERE start_date <= date('now') AND (end_date IS NULL OR end_date >= date('now')) "
        "UNION ALL SELECT 'Open referrals', COUNT(*) FROM referrals WHERE state NOT IN ('Placed','Closed') "
        "UNION ALL SELECT 'Providers', COUNT(*) FROM providers "
        "UNION ALL SELECT 'Provisions', COUNT(*) FROM provisions "
        "UNION ALL SELECT 'Vacancies available now', COUNT(*) FROM vacancies WHERE available_from <= date('now') "
        "  AND (available_until IS NULL OR available_until >= date('now'))"),
        {QStringLiteral("Measure"), QStringLiteral("Count")});
}

} // namespace pd::core
