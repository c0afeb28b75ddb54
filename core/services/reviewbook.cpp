// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/reviewbook.h"

#include "core/domain/placementdays.h"
#include "core/domain/reviewtimetable.h"
#include "core/storage/contractrepository.h"
#include "core/storage/database.h"
#include "core/storage/placementrepository.h"
#include "core/storage/reviewrepository.h"
#include "core/storage/transactionguard.h"
#include "core/storage/userrepository.h"

#include <algorithm>

namespace pd::core {

namespace {

/// Every outcome of the contract rated exactly once, each with a note ("" when so).
QString ratingProblem(const QList<ContractOutcome>& outcomes, const QList<RatedOutcome>& ratings) {
    for (const RatedOutcome& r : ratings)
        if (std::none_of(outcomes.begin(), outcomes.end(),
                         [&r](const ContractOutcome& o) { return o.id == r.outcomeId; }))
            return QStringLiteral(
                       "Ratings: outcome %1 is not an outcome of the placement's current contract.")
                .arg(r.outcomeId);
    for (int i = 0; i < outcomes.size(); ++i) {
        const auto n = std::count_if(ratings.begin(), ratings.end(),
                                     [&](const RatedOutcome& r) { return r.outcomeId == outcomes[i].id; });
        if (n != 1)
            return QStringLiteral("Outcome %1 ('%2'): rate it %3 (met, progressing or not met).")
                .arg(i + 1)
                .arg(outcomes[i].wording, n == 0 ? QStringLiteral("once") : QStringLiteral("only once"));
        for (const RatedOutcome& r : ratings)
            if (r.outcomeId == outcomes[i].id && r.note.trimmed().isEmpty())
                return QStringLiteral("Outcome %1 ('%2'): write a note on how it is going.")
                    .arg(i + 1)
                    .arg(outcomes[i].wording);
    }
    return {};
}

} // namespace

Result<qint64> ReviewBook::record(const PlacementReview& review) {
    TransactionGuard tx(m_db);
    if (!tx.started())
        return tx.started().error();
    if (auto s = UserRepository(m_db).requireAllowed(Operation::RecordReview); !s)
        return s.error();
    auto placement = PlacementRepository(m_db).load(review.placementId);
    if (!placement)
        return placement.error();
    const QString outside =
        dayOutsidePlacement(placement.value(), review.heldOn, m_db.today(), QStringLiteral("the review"));
    if (!outside.isEmpty())
        return Error::invalid(outside);
    auto held = ReviewRepository(m_db).ofPlacement(review.placementId);
    if (!held)
        return held.error();
    if (!held->isEmpty() && review.heldOn <= held->last().heldOn)
        return Error::invalid(QStringLiteral("Date: the last review of placement %1 was held on %2; a new "
                                             "review is held after it.")
                                  .arg(review.placementId)
                                  .arg(held->last().heldOn.toString(Qt::ISODate)));
    auto contract = ContractRepository(m_db).current(review.placementId);
    if (!contract)
        return contract.error();
    const QList<ContractOutcome> outcomes =
        contract->has_value() ? (*contract)->outcomes : QList<ContractOutcome>();
    if (const QString problem = ratingProblem(outcomes, review.ratings); !problem.isEmpty())
        return Error::invalid(problem);
    PlacementReview stored = review;
    const int number = int(held->size()) + 1;
    stored.dueOn = held->isEmpty() ? ReviewTimetable::firstDue(placement->start) : held->last().nextDue;
    const QDate latest = ReviewTimetable::nextDue(review.heldOn, number);
    if (review.nextDue.isValid() && (review.nextDue <= review.heldOn || review.nextDue > latest))
        return Error::invalid(
            QStringLiteral("Next review: give a date after %1 and no later than %2 (the "
                           "timetable: %3 after the %4 review).")
                .arg(review.heldOn.toString(Qt::ISODate), latest.toString(Qt::ISODate),
                     number <= 1 ? QStringLiteral("3 months") : QStringLiteral("6 months"),
                     number <= 1 ? QStringLiteral("first") : QStringLiteral("second and each later")));
    stored.nextDue = review.nextDue.isValid() ? review.nextDue : latest;
    stored.iroView = review.iroView.trimmed();
    for (RatedOutcome& r : stored.ratings)
        r.note = r.note.trimmed();
    auto id = ReviewRepository(m_db).insert(stored, contract->has_value() ? (*contract)->id : 0);
    if (!id)
        return id.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QList<PlacementReview>> ReviewBook::reviews(qint64 placementId) const {
    return ReviewRepository(m_db).ofPlacement(placementId);
}

Result<QList<ReviewDue>> ReviewBook::due() const {
    auto current = ReviewRepository(m_db).currentPlacements();
    if (!current)
        return current.error();
    for (ReviewDue& d : current.value())
        if (d.reviewsHeld == 0)
            d.nextDue = ReviewTimetable::firstDue(d.start);
    std::stable_sort(current->begin(), current->end(),
                     [](const ReviewDue& a, const ReviewDue& b) { return a.nextDue < b.nextDue; });
    return current;
}

Result<QList<ReviewDue>> ReviewBook::overdue(const QDate& on) const {
    auto all = due();
    if (!all)
        return all.error();
    QList<ReviewDue> out;
    for (const ReviewDue& d : all.value())
        if (d.overdueOn(on))
            out << d;
    return out;
}

} // namespace pd::core
