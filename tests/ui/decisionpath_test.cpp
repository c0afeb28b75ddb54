// SPDX-License-Identifier: GPL-3.0-or-later
// Offscreen: the workflow panel has no decision buttons, and no way through the panels takes a
// referral to Placed without a placement; a referral an old file left Placed without one is
// repaired by a manager from the workflow panel.
#include "core/services/desk.h"
#include "tests/support/catch.h"
#include "tests/support/placementwalk.h"
#include "tests/support/testsql.h"
#include "ui/matching/choicedialog.h"
#include "ui/matching/decisiondialog.h"
#include "ui/referrals/workflowpanel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>

using namespace pd::core;
using namespace pd::ui;
using pd::test::PlacementWalk;

namespace {

QString stateOf(Desk& desk, qint64 id) {
    auto r = desk.referrals().load(id);
    REQUIRE(r.ok());
    return code(r->state);
}

const QList<ReferralEvent> kDecisions{ReferralEvent::RecordOffer, ReferralEvent::PresentOptions,
                                      ReferralEvent::RecordChoice, ReferralEvent::ApprovePlacement};

} // namespace

TEST_CASE("a referral cannot reach Placed without a placement through the GUI", "[ui][decisions]") {
    PlacementWalk w;
    WorkflowPanel panel;
    panel.setReferral(w.manager.get(), w.referralId);
    for (ReferralEvent e : kDecisions)
        CHECK(panel.button(e) == nullptr); // one button per decision, on the Offers page only

    const qint64 ifaOffer = w.offer(w.ifa, 950);
    w.offer(w.inHouse, 520);
    PD_REQUIRE_OK(w.officer().options().present(w.referralId, QStringLiteral("Two carers only")));
    panel.refresh();
    CHECK(stateOf(*w.manager, w.referralId) == QStringLiteral("AwaitingDecision"));
    for (ReferralEvent e : kDecisions)
        CHECK(panel.button(e) == nullptr);

    // The old route, asked for directly: refused with where to go instead.
    TransitionRequest raw;
    raw.event = ReferralEvent::ApprovePlacement;
    raw.agreedWeeklyCost = 950;
    auto refused = panel.take(raw);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("Give permission to place on the Offers page")));

    // Permission to place before the social worker's choice: refused, nothing written.
    DecisionDialog early(*w.manager, w.referralId);
    REQUIRE(early.offers()->count() == 2);
    CHECK_FALSE(early.decide(ifaOffer, 930, QDate::currentDate().addDays(2)).ok());
    CHECK(stateOf(*w.manager, w.referralId) == QStringLiteral("AwaitingDecision"));
    CHECK(w.number(
              QStringLiteral("SELECT COUNT(*) FROM placements WHERE referral_id = %1").arg(w.referralId)) ==
          0);

    ChoiceDialog choice(*w.socialWorker, w.referralId);
    REQUIRE(choice.offers()->count() == 2);
    PD_REQUIRE_OK(choice.choose(ifaOffer, QStringLiteral("Likes the dog"), QStringLiteral("Mum agrees")));

    DecisionDialog decision(*w.manager, w.referralId);
    CHECK(decision.offers()->currentText().contains(QStringLiteral("the social worker's choice")));
    CHECK_FALSE(decision.needsBudgetHolder()); // £950 is within the £1500 limit: nobody else is asked
    CHECK(decision.budgetHolder()->isHidden());
    auto placed = decision.decide(ifaOffer, 930, QDate::currentDate().addDays(2));
    PD_REQUIRE_OK(placed);
    CHECK(stateOf(*w.manager, w.referralId) == QStringLiteral("Placed"));
    CHECK(w.number(QStringLiteral("SELECT COUNT(*) FROM referrals r WHERE r.state = 'Placed' AND NOT EXISTS "
                                  "(SELECT 1 FROM placements p WHERE p.referral_id = r.id)")) == 0);
    panel.refresh();
    CHECK(panel.button(ReferralEvent::ReopenDecision) == nullptr); // placed properly: nothing to repair
}

TEST_CASE("a manager repairs a referral an old file left Placed without a placement", "[ui][decisions]") {
    PlacementWalk w;
    // What the old raw button did: the state moved, nothing else.
    REQUIRE(pd::test::TestSql(w.t.db())
                .run(QStringLiteral("UPDATE referrals SET state = 'Placed' WHERE id = :id"),
                     {{QStringLiteral(":id"), w.referralId}})
                .ok());
    WorkflowPanel officers;
    officers.setReferral(&w.officer(), w.referralId);
    REQUIRE(officers.button(ReferralEvent::ReopenDecision));
    CHECK_FALSE(officers.button(ReferralEvent::ReopenDecision)->isEnabled());
    CHECK(
        officers.button(ReferralEvent::ReopenDecision)->toolTip().contains(QStringLiteral("only a manager")));

    WorkflowPanel managers;
    managers.setReferral(w.manager.get(), w.referralId);
    REQUIRE(managers.button(ReferralEvent::ReopenDecision));
    CHECK(managers.button(ReferralEvent::ReopenDecision)->isEnabled());
    TransitionRequest repair;
    repair.event = ReferralEvent::ReopenDecision;
    repair.comment = QStringLiteral("Placed with the old raw button; no placement was made");
    PD_REQUIRE_OK(managers.take(repair));
    CHECK(stateOf(*w.manager, w.referralId) == QStringLiteral("AwaitingDecision"));
    CHECK(w.number(
              QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'referrals' AND row_id = %1 "
                             "AND who = 'boss' AND new_value LIKE '%reopenDecision%'")
                  .arg(w.referralId)) == 1);
}
