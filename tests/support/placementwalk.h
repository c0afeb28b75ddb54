// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/support/registerbuilder.h"
#include "tests/support/tempdatabase.h"

namespace pd::test {

/// The walk a new officer takes, set up on a real file: a child already in an in-house foster
/// placement, a referral for them in Searching, two providers with a vacancy each, budget lines,
/// and the people of the decision: an officer (tester), a social worker (sw), a manager (boss)
/// and a budget holder (purse), each with a Desk of their own.
struct PlacementWalk {
    TempDatabase t;
    RegisterBuilder b{t.db()};
    qint64 referralId = 0;
    qint64 childId = 0;
    qint64 previousPlacement = 0; ///< the child's current placement before the walk
    qint64 inHouse = 0, ifa = 0;  ///< provisions
    qint64 inHouseVacancy = 0, ifaVacancy = 0;
    qint64 ifaLine = 0, inHouseLine = 0; ///< budget lines
    std::unique_ptr<core::Desk> socialWorker, manager;

    PlacementWalk();
    core::Desk& officer() { return t.desk(); }
    /// Records an offer for a provision at a fee through OfferBook (as the officer).
    qint64 offer(qint64 provisionId, double fee);
    /// The whole walk with the IFA's offer at 950: options paper (officer), choice (social worker),
    /// permission at 930 from `start` (manager); returns the new placement's id.
    qint64 placeWithIfa(const QDate& start);
    /// A number read from the file (-1 when there is no row).
    qint64 number(const QString& sql);
};

} // namespace pd::test
