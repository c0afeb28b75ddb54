// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/placementhistoryreader.h"

#include "core/storage/database.h"
#include "core/storage/sql.h"

namespace pd::core {

Result<Ssda903Return> PlacementHistoryReader::episodesIn(const FinancialYear& year) const {
    auto rows = Sql(m_db).query(
        QStringLiteral(
            "SELECT c.child_ref, c.sex, c.dob, c.ethnicity, p.start_date, p.end_date, p.rne, p.legal_status, "
            "p.cin, p.place, p.place_provider, p.reason_end, p.reason_place_change, "
            "COALESCE(NULLIF(p.home_postcode, ''), c.home_postcode) AS home, p.placement_postcode, p.urn "
            "FROM placements p JOIN children c ON c.id = p.child_id "
            "WHERE p.start_date <= :last AND (p.end_date IS NULL OR p.end_date >= :first) "
            "ORDER BY c.child_ref, p.start_date, p.id"),
        {{QStringLiteral(":first"), year.start.toString(Qt::ISODate)},
         {QStringLiteral(":last"), year.end.toString(Qt::ISODate)}},
        QStringLiteral("reading the episodes of the year"));
    if (!rows)
        return rows.error();
    Ssda903Return out;
    while (rows->next()) {
        Ssda903Episode e;
        e.childRef = rows->text("child_ref");
        e.start = rows->date("start_date");
        e.end = rows->date("end_date");
        e.rne = rows->text("rne");
        e.legalStatus = rows->text("legal_status");
        e.cin = rows->text("cin");
        e.place = rows->text("place");
        e.placeProvider = rows->text("place_provider");
        e.reasonEnd = rows->text("reason_end");
        e.reasonPlaceChange = rows->text("reason_place_change");
        e.homePostcode = rows->text("home");
        e.placementPostcode = rows->text("placement_postcode");
        e.urn = rows->text("urn");
        if (out.children.isEmpty() || out.children.last().childRef != e.childRef)
            out.children.append(
                Ssda903Child{e.childRef, rows->text("sex"), rows->date("dob"), rows->text("ethnicity")});
        out.episodes.append(std::move(e));
    }
    return out;
}

} // namespace pd::core
