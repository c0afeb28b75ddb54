// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/dashboardqueries.h"

#include "core/storage/database.h"

namespace pd::core {

namespace {

std::optional<double> optionalDouble(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

std::optional<Coordinates> coordinates(const QVariant& lat, const QVariant& lon)
{
    if (lat.isNull() || lon.isNull())
        return std::nullopt;
    return Coordinates{lat.toDouble(), lon.toDouble()};
}

} // namespace

Result<PlacementHistory> loadPlacementHistory(Database& db)
{
    // The provider is the provision's, else the one whose Ofsted URN the episode names.
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT c.id, c.child_ref, c.sex, c.dob, p.id, p.start_date, p.end_date, p.rne, p.legal_status, p.place, "
        "p.place_provider, p.urn, p.placement_postcode, p.category, hp.lat, hp.lon, pp.lat, pp.lon, "
        "p.weekly_cost, p.first_quoted_fee, p.budget_line_id, COALESCE(pr.id, pu.id), "
        "COALESCE(pr.framework_status, pu.framework_status) "
        "FROM placements p JOIN children c ON c.id = p.child_id "
        "LEFT JOIN postcodes hp ON hp.postcode = COALESCE(NULLIF(p.home_postcode, ''), c.home_postcode) "
        "LEFT JOIN postcodes pp ON pp.postcode = p.placement_postcode "
        "LEFT JOIN provisions pv ON pv.id = p.provision_id "
        "LEFT JOIN providers pr ON pr.id = pv.provider_id "
        "LEFT JOIN providers pu ON pv.id IS NULL AND p.urn <> '' AND pu.ofsted_urn = p.urn "
        "ORDER BY c.id, p.start_date, p.id"));
    q.setForwardOnly(true);
    if (auto s = db.exec(q, QStringLiteral("reading placement histories")); !s)
        return s.error();
    PlacementHistory history;
    while (q.next()) {
        const qint64 childId = q.value(0).toLongLong();
        if (history.children.isEmpty() || history.children.last().childId != childId) {
            ChildHistory child;
            child.childId = childId;
            child.childRef = q.value(1).toString();
            child.sex = q.value(2).toString();
            child.dob = QDate::fromString(q.value(3).toString(), Qt::ISODate);
            history.children.append(std::move(child));
        }
        Episode e;
        e.placementId = q.value(4).toLongLong();
        e.start = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        e.end = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        e.rne = q.value(7).toString();
        e.legalStatus = q.value(8).toString();
        e.place = q.value(9).toString();
        e.placeProvider = q.value(10).toString();
        e.urn = q.value(11).toString();
        e.placementPostcode = q.value(12).toString();
        const QString category = q.value(13).toString();
        e.category = category.isEmpty() ? categoryOf(e.place, e.placeProvider) : categoryFromKey(category);
        e.home = coordinates(q.value(14), q.value(15));
        e.placed = coordinates(q.value(16), q.value(17));
        e.weeklyCost = optionalDouble(q.value(18));
        e.firstQuotedFee = optionalDouble(q.value(19));
        e.budgetLineId = q.value(20).toLongLong();
        const QVariant provider = q.value(21);
        e.providerKey = provider.isNull() ? (e.urn.isEmpty() ? QString() : QStringLiteral("urn:") + e.urn)
                                          : QStringLiteral("provider:") + provider.toString();
        e.selectList = q.value(22).toString() == u"select_list";
        history.children.last().episodes.append(std::move(e));
    }
    return history;
}

Result<QList<BudgetLineAmount>> loadBudgetLines(Database& db, const QDate& yearEnd)
{
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT l.id, l.name, l.category, b.id, b.amount, b.row_version FROM budget_lines l "
        "LEFT JOIN budgets b ON b.budget_line_id = l.id AND b.year_ending = :year ORDER BY l.name"));
    q.bindValue(QStringLiteral(":year"), yearEnd.toString(Qt::ISODate));
    if (auto s = db.exec(q, QStringLiteral("reading the budget")); !s)
        return s.error();
    QList<BudgetLineAmount> out;
    while (q.next())
        out.append(BudgetLineAmount{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                    optionalDouble(q.value(4)), q.value(3).toLongLong(), q.value(5).toLongLong()});
    return out;
}

Result<QList<FunnelReferral>> loadFunnelReferrals(Database& db)
{
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT r.id, r.reference, substr(r.received_at, 1, 10), r.emergency, "
        "(SELECT p.start_date || '|' || COALESCE(p.category, '') || '|' || COALESCE(pr.framework_status, '') "
        "   FROM placements p LEFT JOIN provisions pv ON pv.id = p.provision_id "
        "   LEFT JOIN providers pr ON pr.id = pv.provider_id "
        "   WHERE p.referral_id = r.id ORDER BY p.start_date LIMIT 1), "
        "(SELECT COUNT(*) FROM offers o WHERE o.referral_id = r.id AND o.meets_essential = 1) "
        "FROM referrals r ORDER BY r.received_at"));
    q.setForwardOnly(true);
    if (auto s = db.exec(q, QStringLiteral("reading referrals for the funnel")); !s)
        return s.error();
    QList<FunnelReferral> out;
    while (q.next()) {
        FunnelReferral r;
        r.id = q.value(0).toLongLong();
        r.reference = q.value(1).toString();
        r.received = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        r.emergency = q.value(3).toInt() != 0;
        const QStringList placed = q.value(4).toString().split(u'|');
        if (placed.size() == 3) {
            r.placed = QDate::fromString(placed.at(0), Qt::ISODate);
            r.placedInHouse = isInHouse(categoryFromKey(placed.at(1))) || placed.at(2) == u"in_house";
        }
        r.offersMeetingEssentials = q.value(5).toInt();
        out.append(r);
    }
    return out;
}

Result<DashboardData> loadDashboardData(Database& db, const QDate& yearEnd)
{
    DashboardData data;
    auto history = loadPlacementHistory(db);
    if (!history)
        return history.error();
    auto lines = loadBudgetLines(db, yearEnd);
    if (!lines)
        return lines.error();
    auto referrals = loadFunnelReferrals(db);
    if (!referrals)
        return referrals.error();
    data.history = std::move(history.value());
    data.budgetLines = std::move(lines.value());
    data.referrals = std::move(referrals.value());
    return data;
}

} // namespace pd::core
