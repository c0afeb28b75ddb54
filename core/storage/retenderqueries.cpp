// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/retenderqueries.h"

#include "core/storage/database.h"
#include "core/storage/sql.h"

#include <QHash>
#include <functional>

namespace pd::core {

namespace {

using Fill = std::function<void(RetenderRow&, const SqlStatement&)>;

/// Runs a statement grouped by provider_id (its first column) and fills each provider's row with it.
Status fillFrom(Database& db, QHash<qint64, RetenderRow>& rows, const QString& sql, const QVariantMap& binds,
                const QString& doing, const Fill& fill) {
    auto q = Sql(db).query(sql, binds, doing);
    if (!q)
        return q.error();
    while (q->next()) {
        auto it = rows.find(q->integer("provider_id"));
        if (it != rows.end())
            fill(*it, q.value());
    }
    return {};
}

} // namespace

Result<QList<RetenderRow>> retenderRows(Database& db, const QDate& from, const QDate& to) {
    const QVariantMap binds{{QStringLiteral(":from"), from.toString(Qt::ISODate)},
                            {QStringLiteral(":to"), to.toString(Qt::ISODate)}};
    auto providers = Sql(db).query(
        QStringLiteral(
            "SELECT id, name, IFNULL(ofsted_urn, '') AS urn, framework_status, "
            "IFNULL(ofsted_rating, '') AS ofsted, price_band_lower, price_band_upper FROM providers"),
        {}, QStringLiteral("reading the providers for the retender table"));
    if (!providers)
        return providers.error();
    QHash<qint64, RetenderRow> rows;
    while (providers->next()) {
        RetenderRow r;
        r.providerId = providers->integer("id");
        r.provider = providers->text("name");
        r.urn = providers->text("urn");
        r.framework = providers->text("framework_status");
        r.ofsted = providers->text("ofsted");
        r.bandLower = providers->optionalReal("price_band_lower");
        r.bandUpper = providers->optionalReal("price_band_upper");
        rows.insert(r.providerId, r);
    }
    const QString doing = QStringLiteral("counting the providers' year for the retender table");
    Status s = fillFrom(db, rows,
                        QStringLiteral("SELECT provider_id, COUNT(*) AS n FROM referral_sends WHERE "
                                       "substr(sent_at, 1, 10) BETWEEN :from AND :to GROUP BY provider_id"),
                        binds, doing,
                        [](RetenderRow& r, const SqlStatement& q) { r.referralsSent = q.number("n"); });
    if (s)
        s = fillFrom(
            db, rows,
            QStringLiteral("SELECT v.provider_id, COUNT(*) AS n, SUM(CASE WHEN o.meets_essential = 1 THEN 1 "
                           "ELSE 0 END) AS m "
                           "FROM offers o JOIN provisions v ON v.id = o.provision_id WHERE "
                           "substr(o.received_at, 1, 10) BETWEEN :from AND :to GROUP BY v.provider_id"),
            binds, doing, [](RetenderRow& r, const SqlStatement& q) {
                r.offers = q.number("n");
                r.offersMeetingEssential = q.number("m");
            });
    if (s)
        s = fillFrom(db, rows,
                     QStringLiteral(
                         "SELECT v.provider_id, COUNT(*) AS n, AVG(COALESCE((SELECT c.weekly_fee FROM "
                         "placement_contracts c WHERE c.placement_id = pl.id AND c.version = 1), "
                         "pl.weekly_cost)) AS fee FROM placements pl JOIN provisions v ON v.id = "
                         "pl.provision_id WHERE pl.start_date BETWEEN :from AND :to GROUP BY v.provider_id"),
                     binds, doing, [](RetenderRow& r, const SqlStatement& q) {
                         r.placements = q.number("n");
                         r.averageFee = q.optionalReal("fee");
                     });
    if (s)
        s = fillFrom(
            db, rows,
            QStringLiteral(
                "SELECT v.provider_id, COUNT(*) AS n, SUM(CASE WHEN pl.reason_place_change IN "
                "('CREQB','CREQO','CHILD','STAND','ALLEG') THEN 1 ELSE 0 END) AS d FROM placements pl JOIN "
                "provisions v ON v.id = pl.provision_id WHERE pl.end_date BETWEEN :from AND :to "
                "GROUP BY v.provider_id"),
            binds, doing, [](RetenderRow& r, const SqlStatement& q) {
                r.endings = q.number("n");
                r.disruptions = q.number("d");
            });
    if (s)
        s = fillFrom(
            db, rows,
            QStringLiteral("SELECT provider_id, COUNT(*) AS n, SUM(CASE WHEN status IN "
                           "('accepted','partial') THEN 1 ELSE 0 END) AS a, "
                           "AVG(percentage) AS asked, AVG(agreed_percentage) AS agreed FROM fee_uplifts "
                           "WHERE effective_from BETWEEN :from AND :to GROUP BY provider_id"),
            binds, doing, [](RetenderRow& r, const SqlStatement& q) {
                r.upliftRequests = q.number("n");
                r.upliftsAgreed = q.number("a");
                r.upliftAskedPercent = q.optionalReal("asked");
                r.upliftAgreedPercent = q.optionalReal("agreed");
            });
    if (!s)
        return s.error();
    QList<RetenderRow> out;
    for (const RetenderRow& r : std::as_const(rows))
        if (r.active() || r.framework == QLatin1String("select_list") ||
            r.framework == QLatin1String("regional_framework"))
            out << r;
    std::sort(out.begin(), out.end(), [](const RetenderRow& a, const RetenderRow& b) {
        const int c = a.provider.compare(b.provider, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.providerId < b.providerId;
    });
    return out;
}

} // namespace pd::core
