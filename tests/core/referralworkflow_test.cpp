// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/database.h"
#include "core/storage/recordwriter.h"
#include "core/storage/referralrepository.h"
#include "core/storage/referraltransitionstore.h"
#include "core/workflow/referralworkflow.h"
#include "tests/support/catch.h"
#include "tests/support/referralbuilder.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/testsql.h"

#include <algorithm>

using namespace pd::core;
using pd::test::TempDatabase;

namespace {

/// A referral put straight into a state (OnHold remembers Searching), as set-up for one case.
qint64 referralIn(Database& db, ReferralState state, Referral r = pd::test::completeReferral()) {
    r.emergency = true;
    auto id = ReferralRepository(db).insert(r);
    PD_REQUIRE_OK(id);
    auto loaded = ReferralRepository(db).load(id.value());
    PD_REQUIRE_OK(loaded);
    const QVariant held = state == ReferralState::OnHold ? QVariant(QStringLiteral("Searching")) : QVariant();
    PD_REQUIRE_OK(ReferralTransitionStore(db).setState(id.value(), loaded->rowVersion, state, held));
    return id.value();
}

/// A request whose caller-supplied facts satisfy every guard.
TransitionRequest goodRequest(ReferralEvent event) {
    TransitionRequest r;
    r.event = event;
    r.comment = QStringLiteral("Family support plan agreed instead");
    r.distributionList = {1, 2, 3};
    r.packReady = true;
    r.agreedWeeklyCost = 950;
    return r;
}

ReferralState stateOf(Database& db, qint64 id) {
    auto r = ReferralRepository(db).load(id);
    REQUIRE(r.ok());
    return r->state;
}

/// The table row for (state, event): a step on its own or a decision.
const WorkflowTransition* rowFor(ReferralState from, ReferralEvent event) {
    const WorkflowTransition* row = ReferralWorkflow::find(from, event);
    return row ? row : ReferralWorkflow::findDecision(from, event);
}

/// Takes an event as its caller would: a decision with the work it stands for, a step on its own.
Result<ReferralState> take(ReferralWorkflow& workflow, qint64 id, const TransitionRequest& q,
                           const DecisionWork& work = {}) {
    return ReferralWorkflow::isDecision(q.event) ? workflow.applyDecision(id, q, work)
                                                 : workflow.apply(id, q);
}

int historyRows(Database& db, qint64 id) {
    auto h = ReferralTransitionStore(db).history(id);
    REQUIRE(h.ok());
    return int(h->size());
}

} // namespace

TEST_CASE("every (state, event) pair either moves to the table's state or is refused with a reason",
          "[workflow]") {
    const ReferralState from = GENERATE(from_range(all<ReferralState>()));
    const ReferralEvent event = GENERATE(from_range(all<ReferralEvent>()));
    CAPTURE(code(from).toStdString(), code(event).toStdString());

    TempDatabase t;
    pd::test::addUser(t.db(), QStringLiteral("tester"), Role::Admin);
    const qint64 id = referralIn(t.db(), from);
    pd::test::addOffers(t.db(), id, 3);
    ReferralWorkflow workflow(t.db());
    auto result = workflow.apply(id, goodRequest(event));

    if (const WorkflowTransition* row = ReferralWorkflow::find(from, event)) {
        PD_REQUIRE_OK(result);
        const ReferralState expected = event == ReferralEvent::Resume ? ReferralState::Searching : row->to;
        CHECK(result.value() == expected);
        CHECK(stateOf(t.db(), id) == expected);
        auto history = ReferralTransitionStore(t.db()).history(id);
        PD_REQUIRE_OK(history);
        REQUIRE(history->size() == 1);
        CHECK(history->first().event == code(event));
        CHECK(history->first().fromState == code(from));
        CHECK(history->first().toState == code(expected));
        CHECK(history->first().who == QStringLiteral("tester"));
        CHECK_FALSE(history->first().comment.isEmpty());
    } else {
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().kind == Error::Kind::Refused);
        CHECK(result.error().message.contains(label(event)));
        CHECK(stateOf(t.db(), id) == from);
        CHECK(historyRows(t.db(), id) == 0);
    }
}

TEST_CASE("each guard refuses its transition with a message naming the rule", "[workflow][guards]") {
    TempDatabase t;
    pd::test::addUser(t.db(), QStringLiteral("tester"), Role::Officer);
    ReferralWorkflow workflow(t.db());

    struct Case {
        const char* guard;
        ReferralState from;
        ReferralEvent event;
        void (*spoil)(Referral&, TransitionRequest&);
        int offers;
        const char* words;
    };
    const Case c = GENERATE(values<Case>({
        {"mandatory fields", ReferralState::Draft, ReferralEvent::Submit,
         [](Referral& r, TransitionRequest&) {
             r.children[0].dateOfBirth = QDate();
             r.socialWorker.clear();
         },
         0, "Mandatory fields: the referral has no the child's date of birth and the social worker's name"},
        {"completeness", ReferralState::QualityCheck, ReferralEvent::QualityPass,
         [](Referral& r, TransitionRequest&) { r.expectedOutcomes.clear(); }, 0,
         "Quality check: the referral still needs at least one expected outcome"},
        {"decline records the alternative", ReferralState::AwaitingPanel, ReferralEvent::PanelDecline,
         [](Referral&, TransitionRequest& q) { q.comment.clear(); }, 0, "record the alternative"},
        {"return lists the missing items", ReferralState::QualityCheck, ReferralEvent::ReturnForInformation,
         [](Referral&, TransitionRequest& q) { q.comment = QStringLiteral("  "); }, 0,
         "list the missing items"},
        {"emergency flag", ReferralState::Draft, ReferralEvent::EmergencyApprove,
         [](Referral& r, TransitionRequest&) { r.emergency = false; }, 0, "not marked as an emergency"},
        {"distribution list", ReferralState::Searching, ReferralEvent::SendToProviders,
         [](Referral&, TransitionRequest& q) { q.distributionList.clear(); }, 0, "no providers are chosen"},
        {"pack ready", ReferralState::Searching, ReferralEvent::SendToProviders,
         [](Referral&, TransitionRequest& q) { q.packReady = false; }, 0, "pack has not been made"},
        {"an offer meets the essential criteria", ReferralState::Searching, ReferralEvent::PresentOptions,
         [](Referral&, TransitionRequest&) {}, 0, "no offer meets every essential criterion"},
        {"fewer than three needs a reason", ReferralState::OptionsReady, ReferralEvent::PresentOptions,
         [](Referral&, TransitionRequest& q) { q.fewerThanThreeReason.clear(); }, 2,
         "Choice of three: only 2 offer(s)"},
        {"budget holder above the limit", ReferralState::AwaitingDecision, ReferralEvent::ApprovePlacement,
         [](Referral&, TransitionRequest& q) { q.agreedWeeklyCost = 2400; }, 0,
         "Budget holder approval: £2400.00 a week is above the £1500.00 limit"},
        {"budget holder named must be one", ReferralState::AwaitingDecision, ReferralEvent::ApprovePlacement,
         [](Referral&, TransitionRequest& q) {
             q.agreedWeeklyCost = 2400;
             q.budgetHolderApprovedBy = QStringLiteral("tester");
         },
         0, "tester is not a budget holder"},
    }));
    CAPTURE(c.guard);
    // Manager-only events are tried by a manager, so that only the guard can refuse them.
    const ReferralEvent e = c.event;
    if (!rowFor(c.from, e)->roles.contains(Role::Officer)) {
        pd::test::addUser(t.db(), QStringLiteral("boss"), Role::Manager);
        t.db().setUserName(QStringLiteral("boss"));
    }
    Referral r = pd::test::completeReferral();
    r.emergency = true;
    TransitionRequest q = goodRequest(e);
    c.spoil(r, q);
    auto id = ReferralRepository(t.db()).insert(r);
    PD_REQUIRE_OK(id);
    auto loaded = ReferralRepository(t.db()).load(id.value());
    PD_REQUIRE_OK(
        ReferralTransitionStore(t.db()).setState(id.value(), loaded->rowVersion, c.from, QVariant()));
    if (c.offers)
        pd::test::addOffers(t.db(), id.value(), c.offers);
    auto result = take(workflow, id.value(), q);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message.contains(QString::fromUtf8(c.words)));
    CHECK(stateOf(t.db(), id.value()) == c.from);
    CHECK(historyRows(t.db(), id.value()) == 0);
}

TEST_CASE("guards pass with what the caller supplies", "[workflow][guards]") {
    TempDatabase t;
    pd::test::addUser(t.db(), QStringLiteral("tester"), Role::Manager);
    pd::test::addUser(t.db(), QStringLiteral("purse"), Role::BudgetHolder);
    ReferralWorkflow workflow(t.db());

    SECTION("two offers and a reason present the options; the reason is in the history") {
        const qint64 id = referralIn(t.db(), ReferralState::OptionsReady);
        pd::test::addOffers(t.db(), id, 2);
        TransitionRequest q = goodRequest(ReferralEvent::PresentOptions);
        q.fewerThanThreeReason = QStringLiteral("Only two carers in the county take sibling groups");
        PD_REQUIRE_OK(take(workflow, id, q, pd::test::addDecisionWork(t.db(), id)));
        auto h = ReferralTransitionStore(t.db()).history(id);
        CHECK(h->last().comment.contains(QStringLiteral("Only two carers")));
    }
    SECTION("a named budget holder lets a manager place above the limit") {
        const qint64 id = referralIn(t.db(), ReferralState::AwaitingDecision);
        TransitionRequest q = goodRequest(ReferralEvent::ApprovePlacement);
        q.agreedWeeklyCost = 2400;
        q.budgetHolderApprovedBy = QStringLiteral("purse");
        CHECK(take(workflow, id, q, pd::test::addDecisionWork(t.db(), id)).value() == ReferralState::Placed);
        CHECK(ReferralTransitionStore(t.db()).history(id)->last().comment.contains(QStringLiteral("purse")));
    }
    SECTION("the limit is a team setting") {
        PD_REQUIRE_OK(RecordWriter(t.db()).insert(
            QStringLiteral("settings"), {{QStringLiteral("key"), ReferralWorkflow::budgetHolderLimitKey()},
                                         {QStringLiteral("value"), QStringLiteral("900")}}));
        const qint64 id = referralIn(t.db(), ReferralState::AwaitingDecision);
        auto refused = take(workflow, id, goodRequest(ReferralEvent::ApprovePlacement),
                            pd::test::addDecisionWork(t.db(), id)); // 950 > 900
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("£900.00 limit")));
    }
}

TEST_CASE("roles: an officer cannot decide at panel or give permission to place", "[workflow][roles]") {
    TempDatabase t;
    pd::test::addUser(t.db(), QStringLiteral("tester"), Role::Officer);
    ReferralWorkflow workflow(t.db());
    const auto [from, event] = GENERATE(table<ReferralState, ReferralEvent>({
        {ReferralState::AwaitingPanel, ReferralEvent::PanelApprove},
        {ReferralState::AwaitingPanel, ReferralEvent::PanelDecline},
        {ReferralState::AwaitingDecision, ReferralEvent::ApprovePlacement},
        {ReferralState::Draft, ReferralEvent::EmergencyApprove},
    }));
    const qint64 id = referralIn(t.db(), from);
    auto result = take(workflow, id, goodRequest(event), pd::test::addDecisionWork(t.db(), id));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == Error::Kind::Forbidden);
    CHECK(result.error().message.contains(QStringLiteral("only a manager")));
    CHECK(stateOf(t.db(), id) == from);
    auto allowed = workflow.allowedEvents(id, User{1, QStringLiteral("tester"), {}, Role::Officer});
    PD_REQUIRE_OK(allowed);
    CHECK_FALSE(allowed->contains(event));
}

TEST_CASE("roles: a read-only user can take no workflow action, a social worker records the choice",
          "[workflow][roles]") {
    TempDatabase t;
    pd::test::addUser(t.db(), QStringLiteral("admin"), Role::Admin);
    ReferralWorkflow workflow(t.db());
    const qint64 id = referralIn(t.db(), ReferralState::AwaitingDecision);

    SECTION("unknown login on a database with users is read-only") {
        t.db().setUserName(QStringLiteral("stranger"));
        auto result = workflow.apply(id, goodRequest(ReferralEvent::Withdraw));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().kind == Error::Kind::Forbidden);
        CHECK(result.error().message.contains(QStringLiteral("read only")));
        auto actions = workflow.actions(id, User{0, QStringLiteral("stranger"), {}, Role::ReadOnly});
        PD_REQUIRE_OK(actions);
        REQUIRE_FALSE(actions->isEmpty());
        for (const WorkflowAction& a : actions.value()) {
            CHECK_FALSE(a.enabled);
            CHECK(a.whyNot.contains(QStringLiteral("you are read only")));
        }
    }
    SECTION("social worker") {
        pd::test::addUser(t.db(), QStringLiteral("sw"), Role::SocialWorker);
        t.db().setUserName(QStringLiteral("sw"));
        TransitionRequest q = goodRequest(ReferralEvent::RecordChoice);
        q.comment = QStringLiteral("The Hills household");
        const DecisionWork work = pd::test::addDecisionWork(t.db(), id);
        CHECK(take(workflow, id, q, work).value() == ReferralState::AwaitingDecision);
        auto refused = take(workflow, id, goodRequest(ReferralEvent::ApprovePlacement), work);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == Error::Kind::Forbidden);
    }
}

TEST_CASE("hold returns to the state it left, emergency approval opens a planned follow-up", "[workflow]") {
    TempDatabase t;
    pd::test::addUser(t.db(), QStringLiteral("tester"), Role::Manager);
    ReferralWorkflow workflow(t.db());

    SECTION("hold and resume") {
        const qint64 id = referralIn(t.db(), ReferralState::QualityCheck);
        CHECK(workflow.apply(id, goodRequest(ReferralEvent::Hold)).value() == ReferralState::OnHold);
        CHECK(ReferralRepository(t.db()).load(id)->heldFromState == ReferralState::QualityCheck);
        CHECK(workflow.apply(id, goodRequest(ReferralEvent::Resume)).value() == ReferralState::QualityCheck);
        CHECK(historyRows(t.db(), id) == 2);
    }
    SECTION("emergency") {
        const qint64 id = referralIn(t.db(), ReferralState::Draft);
        CHECK(workflow.apply(id, goodRequest(ReferralEvent::EmergencyApprove)).value() ==
              ReferralState::Searching);
        const qint64 followUp = workflow.lastFollowUpId();
        REQUIRE(followUp != 0);
        auto planned = ReferralRepository(t.db()).load(followUp);
        PD_REQUIRE_OK(planned);
        CHECK(planned->followUpOf == id);
        CHECK(planned->state == ReferralState::Draft);
        CHECK_FALSE(planned->emergency);
        CHECK(planned->children.first().firstName == QStringLiteral("Amy"));
        CHECK(historyRows(t.db(), followUp) == 1);
    }
    SECTION("a stale row version is refused and nothing moves") {
        const qint64 id = referralIn(t.db(), ReferralState::Draft);
        TransitionRequest q = goodRequest(ReferralEvent::Submit);
        q.expectedRowVersion = ReferralRepository(t.db()).load(id)->rowVersion;
        auto colleague = t.openAnother();
        Referral theirs = ReferralRepository(*colleague).load(id).value();
        theirs.socialWorker = QStringLiteral("P. Mensah");
        PD_REQUIRE_OK(ReferralRepository(*colleague).save(theirs));
        auto result = workflow.apply(id, q);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().kind == Error::Kind::Conflict);
        CHECK(historyRows(t.db(), id) == 0);
    }
}

TEST_CASE("a decision is refused as a bare transition: it happens only with its work",
          "[workflow][decisions]") {
    TempDatabase t;
    pd::test::addUser(t.db(), QStringLiteral("tester"), Role::Admin); // every role: only the rule refuses
    ReferralWorkflow workflow(t.db());
    struct Case {
        ReferralState from;
        ReferralEvent event;
        const char* where;
        const char* withoutWork;
    };
    const Case c = GENERATE(values<Case>({
        {ReferralState::Searching, ReferralEvent::RecordOffer, "Record the offer on the Offers page",
         "no offer is recorded with it"},
        {ReferralState::OptionsReady, ReferralEvent::PresentOptions,
         "Present the options paper on the Offers page", "no options paper is recorded with it"},
        {ReferralState::AwaitingDecision, ReferralEvent::RecordChoice,
         "Record the social worker's choice on the Offers page",
         "The social worker's choice is not recorded"},
        {ReferralState::AwaitingDecision, ReferralEvent::ApprovePlacement,
         "Give permission to place on the Offers page", "The social worker's choice is not recorded"},
    }));
    CAPTURE(code(c.event).toStdString());
    const qint64 id = referralIn(t.db(), c.from);
    pd::test::addOffers(t.db(), id, 3);
    TransitionRequest q = goodRequest(c.event);

    auto bare = workflow.apply(id, q);
    REQUIRE_FALSE(bare.ok());
    CHECK(bare.error().kind == Error::Kind::Refused);
    CHECK(bare.error().message.startsWith(QString::fromUtf8(c.where)));
    CHECK(bare.error().message.contains(QStringLiteral("never on its own")));

    auto withoutWork = workflow.applyDecision(id, q, DecisionWork{});
    REQUIRE_FALSE(withoutWork.ok());
    CHECK(withoutWork.error().message.contains(QString::fromUtf8(c.withoutWork)));

    // Work stored for another referral is not this referral's work.
    const qint64 other = referralIn(t.db(), c.from);
    auto elsewhere = workflow.applyDecision(id, q, pd::test::addDecisionWork(t.db(), other));
    REQUIRE_FALSE(elsewhere.ok());
    CHECK(stateOf(t.db(), id) == c.from);
    CHECK(historyRows(t.db(), id) == 0);

    CHECK(workflow.applyDecision(id, q, pd::test::addDecisionWork(t.db(), id)).ok());
    CHECK(historyRows(t.db(), id) == 1);
}

TEST_CASE(
    "the workflow panel table holds no decision, and a manager repairs a referral placed without a placement",
    "[workflow][decisions]") {
    for (const WorkflowTransition& row : ReferralWorkflow::transitions())
        CHECK_FALSE(ReferralWorkflow::isDecision(row.event));
    TempDatabase t;
    pd::test::addUser(t.db(), QStringLiteral("tester"), Role::Officer);
    pd::test::addUser(t.db(), QStringLiteral("boss"), Role::Manager);
    ReferralWorkflow workflow(t.db());
    const qint64 broken = referralIn(t.db(), ReferralState::Placed); // as an old file's raw button left it
    TransitionRequest repair;
    repair.event = ReferralEvent::ReopenDecision;
    repair.comment = QStringLiteral("Placed from the old workflow panel without a placement");

    auto byOfficer = workflow.apply(broken, repair);
    REQUIRE_FALSE(byOfficer.ok());
    CHECK(byOfficer.error().kind == Error::Kind::Forbidden);

    t.db().setUserName(QStringLiteral("boss"));
    const User boss{2, QStringLiteral("boss"), {}, Role::Manager};
    auto offered = workflow.actions(broken, boss);
    PD_REQUIRE_OK(offered);
    CHECK(std::any_of(offered->begin(), offered->end(), [](const WorkflowAction& a) {
        return a.event == ReferralEvent::ReopenDecision && a.enabled;
    }));
    CHECK(workflow.apply(broken, repair).value() == ReferralState::AwaitingDecision);
    CHECK(pd::test::TestSql(t.db())
              .value(QStringLiteral(
                  "SELECT COUNT(*) FROM audit_log WHERE table_name = 'referrals' AND new_value "
                  "LIKE '%reopenDecision%'"))
              .value()
              .toInt() == 1);

    // A referral with its placement has nothing to repair: the action is not offered and is refused.
    const qint64 placed = referralIn(t.db(), ReferralState::Placed);
    pd::test::addDecisionWork(t.db(), placed);
    auto none = workflow.actions(placed, boss);
    PD_REQUIRE_OK(none);
    CHECK(std::none_of(none->begin(), none->end(),
                       [](const WorkflowAction& a) { return a.event == ReferralEvent::ReopenDecision; }));
    auto refused = workflow.apply(placed, repair);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("nothing to repair")));
}
