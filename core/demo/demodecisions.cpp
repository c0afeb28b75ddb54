// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demodecisions.h"

#include "core/demo/actingas.h"
#include "core/services/optionspresenter.h"
#include "core/services/permissiontoplace.h"
#include "core/services/socialworkerschoice.h"
#include "core/storage/database.h"
#include "core/workflow/referralworkflow.h"

namespace pd::core {

namespace {

/// Whether a failure is the service turning the step down (the demo then stops the referral there).
bool turnedDown(const Error& e) {
    if (qEnvironmentVariableIsSet("PD_DEMO_DEBUG"))
        qWarning("demo: %s", qPrintable(e.message));
    return e.kind == Error::Kind::Refused || e.kind == Error::Kind::Invalid;
}

PlacementChoice choiceOf(DemoContext& c, qint64 referralId, qint64 offerId) {
    static const QStringList childViews{
        QStringLiteral("Liked the photos of the bedroom and that there is a dog."),
        QStringLiteral("Wants to stay at the same school; happy it is a short drive."),
        QStringLiteral("Nervous about moving but liked the carer on the phone."),
        QStringLiteral("Too young to give a view; settled well on the introductory visit."),
        QStringLiteral("Said it was fine as long as contact with mum carries on.")};
    static const QStringList familyViews{
        QStringLiteral("Mother agrees and asked for weekly contact to continue."),
        QStringLiteral("Grandparents support the choice; it is near them."),
        QStringLiteral("Father was not available; mother would prefer somewhere nearer."),
        QStringLiteral("Family agree with the plan.")};
    PlacementChoice choice;
    choice.referralId = referralId;
    choice.offerId = offerId;
    choice.childView = c.rng.pick(childViews);
    choice.familyView = c.rng.pick(familyViews);
    return choice;
}

/// The result of a step: true when taken, false when turned down, an error otherwise.
template <typename T> Result<bool> taken(const Result<T>& r) {
    if (r)
        return true;
    if (turnedDown(r.error()))
        return false;
    return r.error();
}

} // namespace

Status takeDemoDecisions(DemoContext& c, const DemoDecisions& plan) {
    Database& db = c.db;
    {
        ActingAs officer(db, plan.officer, plan.presentAt);
        auto presented = taken(OptionsPresenter(db).present(
            plan.referralId, QStringLiteral("Only these providers could offer within the timescale.")));
        if (!presented || !presented.value())
            return presented ? Status{} : Status(presented.error());
    }
    if (!plan.choiceAt.isValid())
        return {};
    {
        ActingAs socialWorker(db, plan.socialWorkerLogin, plan.choiceAt);
        auto recorded = taken(SocialWorkersChoice(db).record(choiceOf(c, plan.referralId, plan.offerId)));
        if (!recorded || !recorded.value())
            return recorded ? Status{} : Status(recorded.error());
    }
    if (!plan.placeAt.isValid())
        return {};
    {
        // Above the limit the budget holder approved it (named; DecisionDialog asks the same).
        ActingAs manager(db, c.manager, plan.placeAt);
        auto placed = taken(PermissionToPlace(db).place(plan.referralId, plan.offerId, plan.weeklyFee,
                                                        plan.placeAt.date(), c.budgetHolder));
        if (!placed || !placed.value())
            return placed ? Status{} : Status(placed.error());
    }
    if (!plan.closeAt.isValid())
        return {};
    ActingAs officer(db, plan.officer, plan.closeAt);
    TransitionRequest close;
    close.event = ReferralEvent::Close;
    close.comment = QStringLiteral("Placed and handed over to the supervising social worker.");
    auto closed = taken(ReferralWorkflow(db).apply(plan.referralId, close));
    return closed ? Status{} : Status(closed.error());
}

} // namespace pd::core
