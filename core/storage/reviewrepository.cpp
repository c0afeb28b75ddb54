// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/reviewrepository.h"

#include "core/storage/database.h"
#include "core/storage/recordwriter.h"
#include "core/storage/sql.h"

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
    auto rows = Sql(m_db).query(
        QStringLiteral(
            "SELECT p.id, p.child_id, c.child_ref, c.first_name, c.last_name, pv.name AS provision_name, "
            "pr.name AS provider_name, p.start_date, "
            "(SELECT COUNT(*) FROM placement_reviews r WHERE r.placement_id = p.id) AS held, "
            "(SELECT r.held_on FROM placement_reviews r WHERE r.placement_id = p.id "
            " ORDER BY r.held_on DESC, r.id DESC LIMIT 1) AS last_review, "
            "(SELECT r.next_due FROM placement_reviews r WHERE r.placement_id = p.id "
            " ORDER BY r.held_on DESC, r.id DESC LIMIT 1) AS next_due "
            "FROM placements p JOIN children c ON c.id = p.child_id "
            "LEFT JOIN provisions pv ON pv.id = p.provision_id LEFT JOIN providers pr ON pr.id = "
            "pv.provider_id "
            "WHERE p.end_date IS NULL ORDER BY c.child_ref, p.start_date, p.id"),
        {}, QStringLiteral("reading the placements' reviews"));
    if (!rows)
        return rows.error();
    QList<ReviewDue> out;
    while (rows->next()) {
        ReviewDue d;
        d.placementId = rows->integer("id");
        d.childId = rows->integer("child_id");
        d.childRef = rows->text("child_ref");
        d.childName = QStringList{rows->text("first_name"), rows->text("last_name")}.join(u' ').trimmed();
        d.provisionName = rows->text("provision_name");
        d.providerName = rows->text("provider_name");
        d.start = rows->date("start_date");
        d.reviewsHeld = rows->number("held");
        d.lastReview = rows->date("last_review");
        d.nextDue = rows->date("next_due");
        out << d;
    }
    return out;
}

} // namespace pd::core
