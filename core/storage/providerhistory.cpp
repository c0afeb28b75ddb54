// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/providerhistory.h"

#include "core/storage/database.h"
#include "core/storage/sql.h"

namespace pd::core {

Result<QList<PlacementAtProvider>> ProviderHistory::episodes(qint64 providerId, const QString& condition,
                                                             const QVariantMap& binds) const {
    // An episode belongs to the provider through its provision or, for imported SSDA903
    // histories without one, through the provider's Ofsted URN.
    QVariantMap all = binds;
    all.insert(QStringLiteral(":provider"), providerId);
    auto rows = Sql(m_db).query(
        QStringLiteral("SELECT pl.id, c.child_ref, COALESCE(v.name, '') AS provision_name, pl.start_date, "
                       "pl.end_date, COALESCE(pl.reason_end, '') AS reason_end, "
                       "COALESCE(pl.reason_place_change, '') AS reason_place_change "
                       "FROM placements pl JOIN children c ON c.id = pl.child_id "
                       "LEFT JOIN provisions v ON v.id = pl.provision_id "
                       "WHERE (v.provider_id = :provider OR (pl.provision_id IS NULL AND pl.urn "
                       "IS NOT NULL AND pl.urn = "
                       "  (SELECT ofsted_urn FROM providers WHERE id = :provider))) AND (%1) "
                       "ORDER BY pl.start_date DESC, pl.id DESC")
            .arg(condition),
        all, QStringLiteral("reading the provider's placements"));
    if (!rows)
        return rows.error();
    QList<PlacementAtProvider> out;
    while (rows->next()) {
        PlacementAtProvider p;
        p.placementId = rows->integer("id");
        p.childRef = rows->text("child_ref");
        p.provisionName = rows->text("provision_name");
        p.start = rows->date("start_date");
        p.end = rows->date("end_date");
        p.reasonEnd = rows->text("reason_end");
        p.reasonPlaceChange = rows->text("reason_place_change");
        out << p;
    }
    return out;
}

Result<QList<PlacementAtProvider>> ProviderHistory::currentPlacements(qint64 providerId,
                                                                      const QDate& day) const {
    return episodes(providerId,
                    QStringLiteral("pl.start_date <= :day AND (pl.end_date IS NULL OR pl.end_date >= :day)"),
                    {{QStringLiteral(":day"), day.toString(Qt::ISODate)}});
}

Result<QList<PlacementAtProvider>> ProviderHistory::disruptions(qint64 providerId) const {
    // X1 without a reason for a placement change = the episode ended but the child stayed in the same
    // placement: not a move at all. X1 with a disruption reason (an ending at the provider's or the
    // child's request, PlacementEndings) is one, as provider_history counts it.
    auto ended =
        episodes(providerId,
                 QStringLiteral("pl.end_date IS NOT NULL AND (COALESCE(pl.reason_end, '') <> 'X1' OR "
                                "pl.reason_place_change IN ('CREQB', 'CREQO', 'CHILD', 'STAND', 'ALLEG'))"),
                 {});
    if (!ended)
        return ended.error();
    QList<PlacementAtProvider> out;
    for (PlacementAtProvider& p : ended.value()) {
        const QString reason = p.reasonPlaceChange.trimmed().toUpper();
        if (disruptionReasonCodes().contains(reason))
            p.why = QStringLiteral("ended for reason %1").arg(reason);
        else if (p.start.isValid() && p.end.isValid() && p.end < p.start.addMonths(6))
            p.why = QStringLiteral("ended within six months of starting");
        else
            continue;
        out << p;
    }
    return out;
}

} // namespace pd::core
