// SPDX-License-Identifier: GPL-3.0-or-later
// The walk a new officer takes: offers -> options -> the social worker's choice -> the manager's
// permission to place, through the services alone, on a real file.
#include "core/services/desk.h"
#include "core/storage/recordwriter.h"
#include "tests/support/catch.h"
#include "tests/support/placementwalk.h"

using namespace pd::core;
using pd::test::PlacementWalk;

TEST_CASE("offers, options, the social worker's choice and the manager's permission end with one current "
          "placement",
          "[decisions][placement]") {
    PlacementWalk w;
    const qint64 inHouseOffer = w.offer(w.inHouse, 520);
    const qint64 ifaOffer = w.offer(w.ifa, 950);
    PD_REQUIRE_OK(w.officer().options().present(w.referralId, QStringLiteral("Only two carers with EBD "
                                                                             "experience had a vacancy.")));
    const QDate start = QDate::currentDate().addDays(2);

    // The choice is the social worker's step: an officer cannot record it, nor a manager place before it.
    PlacementChoice choice;
    choice.referralId = w.referralId;
    choice.offerId = ifaOffer;
    choice.childView = QStringLiteral("I want to stay at Riverside and the Willows have a dog.");
    choice.familyView = QStringLiteral("Mum agrees: it is near enough for Saturday visits.");
    auto byOfficer = w.officer().choice().record(choice);
    REQUIRE_FALSE(byOfficer.ok());
    CHECK(byOfficer.error().kind == Error::Kind::Forbidden);
    auto tooSoon = w.manager->permission().place(w.referralId, ifaOffer, 930, start);
    REQUIRE_FALSE(tooSoon.ok());
    CHECK(tooSoon.error().message.contains(QStringLiteral("the social worker's choice is not recorded")));
    PlacementChoice noViews = choice;
    noViews.childView.clear();
    CHECK_FALSE(w.socialWorker->choice().record(noViews).ok());
    PD_REQUIRE_OK(w.socialWorker->choice().record(choice));

    // Permission is for the chosen option only, by a manager only.
    auto notChosen = w.manager->permission().place(w.referralId, inHouseOffer, 520, start);
    REQUIRE_FALSE(notChosen.ok());
    CHECK(notChosen.error().message.contains(QStringLiteral("was not chosen")));
    CHECK(w.socialWorker->permission().place(w.referralId, ifaOffer, 930, start).error().kind ==
          Error::Kind::Forbidden);

    // Above the budget holder's limit a budget holder is named; at or below it nobody is asked.
    PD_REQUIRE_OK(RecordWriter(w.t.db()).insert(
        QStringLiteral("settings"), {{QStringLiteral("key"), ReferralWorkflow::budgetHolderLimitKey()},
                                     {QStringLiteral("value"), QStringLiteral("900")}}));
    auto aboveLimit = w.manager->permission().place(w.referralId, ifaOffer, 930, start);
    REQUIRE_FALSE(aboveLimit.ok());
    CHECK(aboveLimit.error().message.contains(QStringLiteral("above the £900.00 limit")));
    CHECK(w.number(QStringLiteral("SELECT COUNT(*) FROM placements")) == 1); // nothing written
    auto placed = w.manager->permission().place(w.referralId, ifaOffer, 930, start, QStringLiteral("purse"));
    PD_REQUIRE_OK(placed);
    REQUIRE(placed->size() == 1);
    const qint64 id = placed->first();

    // Exactly one current placement for the child: the new one; the old one ended the day it began.
    CHECK(w.number(QStringLiteral("SELECT COUNT(*) FROM placements WHERE child_id = %1 AND end_date IS NULL")
                       .arg(w.childId)) == 1);
    CHECK(w.number(QStringLiteral("SELECT id FROM placements WHERE child_id = %1 AND end_date IS NULL")
                       .arg(w.childId)) == id);
    CHECK(w.number(QStringLiteral("SELECT COUNT(*) FROM placements WHERE id = %1 AND end_date = '%2' AND "
                                  "reason_end = 'X1' AND reason_place_change = 'CARPL' AND ending_reason = "
                                  "'planned_move'")
                       .arg(w.previousPlacement)
                       .arg(start.toString(Qt::ISODate))) == 1);
    // The vacancy is used, the budget line set from the placement type and provider (IFA foster).
    CHECK(
        w.number(QStringLiteral("SELECT used_by_placement FROM vacancies WHERE id = %1").arg(w.ifaVacancy)) ==
        id);
    CHECK(
        w.number(QStringLiteral("SELECT COUNT(*) FROM vacancies WHERE id = %1 AND used_by_placement IS NULL")
                     .arg(w.inHouseVacancy)) == 1);
    CHECK(w.number(QStringLiteral("SELECT budget_line_id FROM placements WHERE id = %1").arg(id)) ==
          w.ifaLine);
    CHECK(w.number(QStringLiteral(
                       "SELECT COUNT(*) FROM placements WHERE id = %1 AND referral_id = %2 AND "
                       "place = 'U4' AND place_provider = 'PR4' AND category = 'ifa' AND weekly_cost = 930")
                       .arg(id)
                       .arg(w.referralId)) == 1);
    // The other offer is declined; the chosen one accepted at the agreed fee.
    CHECK(w.number(QStringLiteral("SELECT COUNT(*) FROM offers WHERE id = %1 AND status = 'declined'")
                       .arg(inHouseOffer)) == 1);
    CHECK(w.number(QStringLiteral("SELECT COUNT(*) FROM offers WHERE id = %1 AND status = 'accepted' AND "
                                  "weekly_fee = 930")
                       .arg(ifaOffer)) == 1);
    // The matching register no longer offers the used vacancy.
    auto match = w.officer().matching().match(w.referralId);
    PD_REQUIRE_OK(match);
    for (const RegisterVacancy& v : match->snapshot->vacancies)
        CHECK(v.vacancyId != w.ifaVacancy);
    // The history tells the walk in the workflow's own event names, each by its role.
    CHECK(w.number(
              QStringLiteral("SELECT COUNT(*) FROM referral_transitions WHERE referral_id = %1 AND "
                             "((event = 'recordOffer' AND who = 'tester') OR (event = 'presentOptions' AND "
                             "who = 'tester') OR (event = 'recordChoice' AND who = 'sw') OR (event = "
                             "'approvePlacement' AND who = 'boss'))")
                  .arg(w.referralId)) == 5);
    CHECK(w.number(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'placement_choices'")) >
          0);
}
