// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/reviewrepository.h"

#include "core/storage/database.h"
#include "core/storage/readconnection.h"
#include "core/storage/readtransaction.h"
#include "core/storage/recordwriter.h"
#include "core/storage/sql.h"

#include <vector>

namespace pd::core {

Result<qint64> ReviewRepository::insert(const PlacementReview& r, qint64 contractId) {
    RecordWriter writer(m_db);
    auto id =
        writer.insert(QStringLiteral("placement_reviews"),
                      {{QStringLiteral("placement_id"), r.placementId},
                       {QStringLiteral("held_on"), r.heldOn.toString(Qt::ISODate)},
                       {QStringLiteral("due_on"), r.dueOn.toString(Qt::ISODate)},
                       {QStringLiteral("next_due"), r.nextDue.toString(Qt::ISODate)},
                       {QStringLiteral("contract_id"), contractId > 0 ? QVariant(contractId) : QVariant()},
                       {QStringLiteral("iro_view"), r.iroView.isEmpty() ? QVariant() : QVariant(r.iroView)},
                       {QStringLiteral("recorded_at"), m_db.now().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("recorded_by"), m_db.userName()}});
    if (!id)
        return id.error();
    for (const RatedOutcome& rated : r.ratings) {
        auto rating =
            writer.insert(QStringLiteral("review_ratings"), {{QStringLiteral("review_id"), id.value()},
                                                             {QStringLiteral("outcome_id"), rated.outcomeId},
                                                             {QStringLiteral("rating"), code(rated.rating)},
                                                             {QStringLiteral("note"), rated.note}});
        if (!rating)
            return rating.error();
    }
    return id;
}

Result<QList<PlacementReview>> ReviewRepository::ofPlacement(qint64 placementId) const {
    Sql sql(m_db);
    auto rows = sql.query(
        QStringLiteral(
            "SELECT r.id, r.held_on, r.due_on, r.next_due, r.iro_view, r.recorded_at, r.recorded_by, "
            "IFNULL(c.version, 0) AS version FROM placement_reviews r "
            "LEFT JOIN placement_contracts c ON c.id = r.contract_id "
            "WHERE r.placement_id = :p ORDER BY r.held_on, r.id"),
        {{QStringLiteral(":p"), placementId}}, QStringLiteral("reading the placement's reviews"));
    if (!rows)
        return rows.error();
    QList<PlacementReview> out;
    while (rows->next()) {
        PlacementReview r;
        r.id = rows->integer("id");
        r.placementId = placementId;
        r.heldOn = rows->date("held_on");
        r.dueOn = rows->date("due_on");
        r.nextDue = rows->date("next_due");
        r.iroView = rows->text("iro_view");
        r.recordedAt = rows->dateTime("recorded_at");
        r.recordedBy = rows->text("recorded_by");
        r.contractVersion = rows->number("version");
        out << r;
    }
    for (PlacementReview& r : out) {
        auto ratings =
            sql.query(QStringLiteral("SELECT rr.outcome_id, o.wording, rr.rating, rr.note FROM "
                                     "review_ratings rr JOIN contract_outcomes o ON o.id = "
                                     "rr.outcome_id WHERE rr.review_id = :r ORDER BY o.position"),
                      {{QStringLiteral(":r"), r.id}}, QStringLiteral("reading a review's ratings"));
        if (!ratings)
            return ratings.error();
        while (ratings->next())
            r.ratings << RatedOutcome{
                ratings->integer("outcome_id"), ratings->text("wording"),
                fromCode<OutcomeRating>(ratings->text("rating")).value_or(OutcomeRating::NotMet),
                ratings->text("note")};
    }
    return out;
}

Result<QList<ReviewDue>> ReviewRepository::currentPlacements() const {
    // Two reads of one snapshot, not a correlated subquery per placement: the 63,839 current
    // placements at scale 100 took 919 ms on a server that way (three index look-ups each), and
    // their 202,373 reviews are read in one join.
    return inSnapshot(m_db, [](ReadConnection& db) -> Result<QList<ReviewDue>> {
        const QString doing = QStringLiteral("reading the placements' reviews");
        auto st =
            db.prepare("SELECT p.id, p.child_id, c.child_ref, c.first_name, c.last_name, pv.name, pr.name, "
                       "p.start_date FROM placements p JOIN children c ON c.id = p.child_id "
                       "LEFT JOIN provisions pv ON pv.id = p.provision_id "
                       "LEFT JOIN providers pr ON pr.id = pv.provider_id "
                       "WHERE p.end_date IS NULL ORDER BY c.child_ref, p.start_date, p.id",
                       doing);
        if (!st)
            return st.error();
        ReadStatement& q = *st.value();
        QList<ReviewDue> out;
        QHash<qint64, qsizetype> at; // placement id -> its place in out
        ReadStatement::Step step;
        while ((step = q.step()) == ReadStatement::Step::Row) {
            ReviewDue d;
            d.placementId = q.int64(0);
            d.childId = q.int64(1);
            d.childRef = q.text(2);
            d.childName = QStringList{q.text(3), q.text(4)}.join(u' ').trimmed();
            d.provisionName = q.text(5);
            d.providerName = q.text(6);
            d.start = q.date(7);
            at.insert(d.placementId, out.size());
            out << d;
        }
        if (step != ReadStatement::Step::Done)
            return q.error(doing);
        // The last review is the latest held, the later recorded on the same day.
        auto reviews =
            db.prepare("SELECT r.placement_id, r.id, r.held_on, r.next_due FROM placement_reviews r "
                       "JOIN placements p ON p.id = r.placement_id WHERE p.end_date IS NULL",
                       doing);
        if (!reviews)
            return reviews.error();
        ReadStatement& r = *reviews.value();
        std::vector<qint64> lastId(std::size_t(out.size()), 0);
        while ((step = r.step()) == ReadStatement::Step::Row) {
            const qsizetype i = at.value(r.int64(0), -1);
            if (i < 0)
                continue;
            ReviewDue& d = out[i];
            ++d.reviewsHeld;
            const qint64 id = r.int64(1);
            const QDate held = r.date(2);
            if (d.reviewsHeld == 1 || held > d.lastReview ||
                (held == d.lastReview && id > lastId[std::size_t(i)])) {
                d.lastReview = held;
                d.nextDue = r.date(3);
                lastId[std::size_t(i)] = id;
            }
        }
        if (step != ReadStatement::Step::Done)
            return r.error(doing);
        return out;
    });
}

} // namespace pd::core
