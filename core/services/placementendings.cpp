// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/placementendings.h"

#include "core/domain/placementdays.h"
#include "core/storage/database.h"
#include "core/storage/placementrepository.h"
#include "core/storage/referralrepository.h"
#include "core/storage/referraltransitionstore.h"
#include "core/storage/transactionguard.h"
#include "core/storage/userrepository.h"

namespace pd::core {

Result<PlacementEnded> PlacementEndings::end(qint64 placementId, const QDate& day, EndingReason reason) {
    TransactionGuard tx(m_db);
    if (!tx.started())
        return tx.started().error();
    if (auto s = UserRepository(m_db).requireAllowed(Operation::EndPlacement); !s)
        return s.error();
    PlacementRepository placements(m_db);
    auto placement = placements.load(placementId);
    if (!placement)
        return placement.error();
    if (!placement->isCurrent())
        return Error::refused(
            QStringLiteral("Placement %1 of %2 ended on %3 already.")
                .arg(placementId)
                .arg(childInWords(placement.value()), placement->end.toString(Qt::ISODate)));
    const QString outside =
        dayOutsidePlacement(placement.value(), day, m_db.today(), QStringLiteral("the ending"));
    if (!outside.isEmpty())
        return Error::invalid(outside);
    auto others = placements.ofChild(placement->childId);
    if (!others)
        return others.error();
    for (const PlacementRecord& o : others.value())
        if (o.id != placementId && o.start >= placement->start && o.start < day)
            return Error::invalid(
                QStringLiteral("Date: %1's placement %2 began on %3, before %4; end placement "
                               "%5 on or before %3 so the two do not overlap.")
                    .arg(childInWords(placement.value()), QString::number(o.id),
                         o.start.toString(Qt::ISODate), day.toString(Qt::ISODate),
                         QString::number(placementId)));
    const EndingReasonInfo& codes = endingReasonInfo(reason);
    PlacementEnded ended;
    ended.placementId = placementId;
    ended.rec = QString::fromLatin1(codes.rec);
    ended.reasonPlaceChange = QString::fromLatin1(codes.reasonPlaceChange);
    if (auto s = placements.end(placement.value(), day, ended.rec, ended.reasonPlaceChange,
                                endingReasonCode(reason));
        !s)
        return s.error();
    if (isMove(reason)) {
        auto followUp = openFollowUp(placementId, day, reason);
        if (!followUp)
            return followUp.error();
        ended.followUpReferralId = followUp.value();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return ended;
}

Result<qint64> PlacementEndings::openFollowUp(qint64 placementId, const QDate& day, EndingReason reason) {
    PlacementRepository placements(m_db);
    auto placement = placements.load(placementId); // as ended (its row version moved on)
    if (!placement)
        return placement.error();
    auto child = placements.child(placement.value());
    if (!child)
        return child.error();
    ReferralRepository referrals(m_db);
    Referral next;
    if (placement->referralId > 0) {
        // The referral that made the placement holds what is known about the child's needs.
        auto made = referrals.load(placement->referralId);
        if (!made)
            return made.error();
        next = made.value();
        next.followUpOf = made->id;
        next.actualPlacementType.clear();
        next.actualTotalWeeklyCost = 0;
        next.actualPlacementLocation.clear();
        next.actualPreferabilityLocation = false;
        next.actualEducationContinuity = false;
        next.actualProviderUrn.clear();
        next.actualSiblingsPlacedTogether = 0;
        next.placementOfficerName.clear();
        next.placementDate = QDate();
        next.costOfficerName.clear();
        next.costDate = QDate();
        next.siblingCount = 0;
    }
    next.id = 0;
    next.rowVersion = 0;
    next.reference.clear();
    next.state = ReferralState::Draft;
    next.emergency = false;
    next.receivedAt = m_db.now();
    next.officer = m_db.userName();
    // A disruption needs a new home soon; a planned move in the usual time.
    const bool disruption = reason != EndingReason::PlannedMove;
    next.neededBy =
        disruption ? QStringLiteral("in less than 5 days") : QStringLiteral("in more than 5 days");
    next.neededByDate = day.addDays(disruption ? 4 : 28);
    next.children = {child.value()};
    if (next.homePostcode.isEmpty())
        next.homePostcode = placement->homePostcode;
    auto id = referrals.insert(next);
    if (!id)
        return id.error();
    auto stored = referrals.load(id.value());
    if (!stored)
        return stored.error();
    ReferralTransition step{0,
                            id.value(),
                            m_db.now(),
                            m_db.userName(),
                            QStringLiteral("openFollowUp"),
                            QString(),
                            code(ReferralState::Draft),
                            QStringLiteral("Follow-up of placement %1, ended on %2: %3")
                                .arg(placementId)
                                .arg(day.toString(Qt::ISODate), endingReasonLabel(reason))};
    if (auto s = ReferralTransitionStore(m_db).record(step); !s)
        return s.error();
    if (auto s = placements.setFollowUp(placement.value(), id.value()); !s)
        return s.error();
    return id;
}

} // namespace pd::core
