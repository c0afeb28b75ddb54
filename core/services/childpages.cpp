// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/childpages.h"

#include "core/domain/reviewtimetable.h"
#include "core/storage/childrepository.h"
#include "core/storage/contractrepository.h"
#include "core/storage/database.h"
#include "core/storage/meetingrepository.h"
#include "core/storage/placementrepository.h"
#include "core/storage/referralrepository.h"
#include "core/storage/reviewrepository.h"
#include "core/storage/transactionguard.h"

namespace pd::core {

namespace {

/// The placement's contracts, reviews and meetings, and its next review while it is current.
Result<ChildPlacementLife> lifeOf(Database& db, const PlacementRecord& placement) {
    ChildPlacementLife life;
    life.placement = placement;
    auto contracts = ContractRepository(db).versions(placement.id);
    if (!contracts)
        return contracts.error();
    life.contracts = std::move(contracts.value());
    auto reviews = ReviewRepository(db).ofPlacement(placement.id);
    if (!reviews)
        return reviews.error();
    life.reviews = std::move(reviews.value());
    auto meetings = MeetingRepository(db).meetings(placement.id);
    if (!meetings)
        return meetings.error();
    life.meetings = std::move(meetings.value());
    if (placement.isCurrent())
        life.nextReviewDue =
            life.reviews.isEmpty() ? ReviewTimetable::firstDue(placement.start) : life.reviews.last().nextDue;
    return life;
}

} // namespace

Result<ChildRecord> ChildPages::record(qint64 childId) const {
    // One read transaction: a colleague's change lands wholly before or after the page is read.
    TransactionGuard tx(m_db);
    if (!tx.started())
        return tx.started().error();
    ChildRecord record;
    ChildRepository children(m_db);
    auto child = children.find(childId);
    if (!child)
        return child.error();
    if (!child->has_value())
        return Error::notFound(QStringLiteral("The file holds no child with id %1.").arg(childId));
    record.child = **child;
    auto home = children.homePostcode(childId);
    if (!home)
        return home.error();
    record.homePostcode = home.value();
    auto placements = PlacementRepository(m_db).ofChild(childId);
    if (!placements)
        return placements.error();
    for (const PlacementRecord& p : placements.value()) {
        auto life = lifeOf(m_db, p);
        if (!life)
            return life.error();
        record.placements << std::move(life.value());
    }
    ReferralRepository referrals(m_db);
    auto named = referrals.ofChild(childId);
    if (!named)
        return named.error();
    record.referrals = std::move(named.value());
    if (!record.referrals.isEmpty()) {
        auto latest = referrals.load(record.referrals.first().id);
        if (!latest)
            return latest.error();
        record.socialWorker = latest->socialWorker;
        record.officer = latest->officer;
        record.contacts = latest->contact;
        if (record.homePostcode.isEmpty())
            record.homePostcode = latest->homePostcode;
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return record;
}

Result<qint64> ChildPages::idOf(const QString& childRef) const {
    auto id = ChildRepository(m_db).idOf(childRef);
    if (!id)
        return id.error();
    if (id.value() == 0)
        return Error::notFound(
            QStringLiteral("The file holds no child with the reference '%1'. `export placements` lists "
                           "the children's references.")
                .arg(childRef));
    return id;
}

Result<QHash<qint64, QString>> ChildPages::names(const QList<qint64>& ids) const {
    return ChildRepository(m_db).names(ids);
}

} // namespace pd::core
