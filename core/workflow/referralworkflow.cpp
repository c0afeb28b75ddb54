// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workflow/referralworkflow.h"

#include "core/domain/permissions.h"
#include "core/domain/sendcomment.h"
#include "core/storage/database.h"
#include "core/storage/providerrepository.h"
#include "core/storage/referralrepository.h"
#include "core/storage/referraltransitionstore.h"
#include "core/storage/transactionguard.h"
#include "core/storage/userrepository.h"
#include "core/workflow/referralrules.h"

#include <optional>

namespace pd::core {

namespace {

using S = ReferralState;
using E = ReferralEvent;
using G = WorkflowGuard;

const QList<Role> kManagers{Role::Manager, Role::BudgetHolder, Role::Admin};
const QList<Role> kTeam{Role::Officer, Role::Manager, Role::BudgetHolder, Role::Admin};
const QList<Role> kTeamAndSocialWorker{Role::Officer, Role::Manager, Role::BudgetHolder, Role::Admin,
                                       Role::SocialWorker};
const QList<S> kOpenStates{S::Draft,     S::Submitted,    S::AwaitingPanel,   S::QualityCheck,
                           S::Searching, S::OptionsReady, S::AwaitingDecision};

QList<WorkflowTransition> buildTable() {
    QList<WorkflowTransition> t = {
        {S::Draft, E::Submit, S::Submitted, kTeamAndSocialWorker, {G::MandatoryFields}},
        {S::Submitted, E::SendToPanel, S::AwaitingPanel, kTeam, {G::MandatoryFields}},
        {S::AwaitingPanel, E::PanelApprove, S::QualityCheck, kManagers, {}},
        {S::AwaitingPanel, E::PanelDecline, S::Closed, kManagers, {G::CommentGiven}},
        {S::Submitted, E::ReturnForInformation, S::Draft, kTeam, {G::CommentGiven}},
        {S::AwaitingPanel, E::ReturnForInformation, S::Draft, kTeam, {G::CommentGiven}},
        {S::QualityCheck, E::ReturnForInformation, S::Draft, kTeam, {G::CommentGiven}},
        {S::QualityCheck, E::QualityPass, S::Searching, kTeam, {G::CompletenessRules}},
        {S::Searching, E::SendToProviders, S::Searching, kTeam, {G::PackReady, G::DistributionList}},
        {S::Searching, E::PrepareOptions, S::OptionsReady, kTeam, {G::OfferMeetsEssential}},
        {S::OptionsReady, E::RejectOptions, S::Searching, kTeamAndSocialWorker, {G::CommentGiven}},
        {S::AwaitingDecision, E::RejectOptions, S::Searching, kTeamAndSocialWorker, {G::CommentGiven}},
        {S::Placed, E::Close, S::Closed, kTeam, {}},
        {S::Placed,
         E::ReopenDecision,
         S::AwaitingDecision,
         rolesAllowed(Operation::ReopenDecision),
         {G::NoPlacementMade, G::CommentGiven}},
        {S::OnHold, E::Resume, S::OnHold, kTeam, {}}, // returns to held_from_state
    };
    // The emergency path skips panel and quality check from any state before the search.
    for (S s : {S::Draft, S::Submitted, S::AwaitingPanel, S::QualityCheck})
        t.append(
            {s, E::EmergencyApprove, S::Searching, kManagers, {G::EmergencyReferral, G::MandatoryFields}});
    for (S s : kOpenStates) {
        t.append({s, E::Hold, S::OnHold, kTeam, {G::CommentGiven}});
        t.append({s, E::Withdraw, S::Closed, kTeam, {G::CommentGiven}});
    }
    t.append({S::OnHold, E::Withdraw, S::Closed, kTeam, {G::CommentGiven}});
    return t;
}

// Each decision's guard that its work is stored comes last: the other rules speak first. Who may
// take a decision is the table of who may do what (core/domain/permissions).
QList<WorkflowTransition> buildDecisions() {
    const QList<G> present{G::OfferMeetsEssential, G::ReasonForFewerThanThree, G::OptionsPaperRecorded};
    const QList<Role> offer = rolesAllowed(Operation::RecordOffer);
    const QList<Role> options = rolesAllowed(Operation::PresentOptions);
    return {
        {S::Searching, E::RecordOffer, S::Searching, offer, {G::OfferRecorded}},
        {S::Searching, E::PresentOptions, S::AwaitingDecision, options, present},
        {S::OptionsReady, E::PresentOptions, S::AwaitingDecision, options, present},
        {S::AwaitingDecision,
         E::RecordChoice,
         S::AwaitingDecision,
         rolesAllowed(Operation::RecordChoice),
         {G::ChoiceRecorded}},
        {S::AwaitingDecision,
         E::ApprovePlacement,
         S::Placed,
         rolesAllowed(Operation::PermissionToPlace),
         {G::BudgetHolderApproval, G::ChoiceRecorded, G::PlacementMade}},
    };
}

/// The operation of the table of who may do what that stands for the event, if it has one.
std::optional<Operation> operationOf(ReferralEvent e) {
    switch (e) {
    case E::RecordOffer:
        return Operation::RecordOffer;
    case E::PresentOptions:
        return Operation::PresentOptions;
    case E::RecordChoice:
        return Operation::RecordChoice;
    case E::ApprovePlacement:
        return Operation::PermissionToPlace;
    case E::ReopenDecision:
        return Operation::ReopenDecision;
    default:
        return std::nullopt;
    }
}

/// Where a decision is taken, for a bare request of it.
QString whereDecided(ReferralEvent e) {
    switch (e) {
    case E::RecordOffer:
        return QStringLiteral(
            "Record the offer on the Offers page: 'Record an offer' is taken there with the "
            "offer itself (provision, fee, start date), never on its own.");
    case E::PresentOptions:
        return QStringLiteral(
            "Present the options paper on the Offers page: 'Present options' is taken there "
            "with the paper itself (the offers that meet every essential criterion), "
            "never on its own.");
    case E::RecordChoice:
        return QStringLiteral("Record the social worker's choice on the Offers page: 'Record the choice' is "
                              "taken there with the chosen offer and the child's and family's views, never "
                              "on its own.");
    case E::ApprovePlacement:
        return QStringLiteral("Give permission to place on the Offers page: 'Give permission to place' is "
                              "taken there with the placement itself (agreed fee, start date), never on its "
                              "own.");
    default:
        return {};
    }
}

QString rolesInWords(const QList<Role>& roles) {
    if (roles == kManagers)
        return QStringLiteral("a manager (or budget holder)");
    if (roles == kTeam)
        return QStringLiteral("the placement team (officer or manager)");
    return QStringLiteral("the placement team or the child's social worker");
}

/// Why the user may not take the row's event ("" when they may): the sentence of the table of who
/// may do what for its operations, the workflow's own for its other steps (to the user, for the
/// panel, when toUser).
QString roleRefusal(const WorkflowTransition& t, const User& user, bool toUser) {
    if (t.roles.contains(user.role) && user.active)
        return {};
    if (auto op = operationOf(t.event))
        return refusalReason(*op, user);
    if (toUser)
        return QStringLiteral("Only %1 may %2; you are %3.")
            .arg(rolesInWords(t.roles), label(t.event).toLower(), label(user.role).toLower());
    return QStringLiteral("Role: only %1 may %2; %3 is %4.")
        .arg(rolesInWords(t.roles), label(t.event).toLower(), user.login, label(user.role).toLower());
}

QString commentRule(ReferralEvent e) {
    switch (e) {
    case E::PanelDecline:
        return QStringLiteral(
            "Panel decline: record the alternative the panel chose (e.g. family support) in the comment");
    case E::ReturnForInformation:
        return QStringLiteral("Return for information: list the missing items in the comment, so the social "
                              "worker knows what to send");
    case E::RecordChoice:
        return QStringLiteral("Record the choice: name the option the social worker chose in the comment");
    case E::RejectOptions:
        return QStringLiteral("Reject the options: say why in the comment, so the search can be widened");
    case E::Hold:
        return QStringLiteral("Put on hold: give the reason in the comment");
    case E::Withdraw:
        return QStringLiteral("Withdraw: give the reason (e.g. no longer needed) in the comment");
    default:
        return QStringLiteral("%1: a comment is required").arg(label(e));
    }
}

Status requireWork(const Result<bool>& stored, const QString& refusal) {
    if (!stored)
        return stored.error();
    if (!stored.value())
        return Error::refused(refusal);
    return {};
}

} // namespace

const QList<WorkflowTransition>& ReferralWorkflow::transitions() {
    static const QList<WorkflowTransition> table = buildTable();
    return table;
}

const QList<WorkflowTransition>& ReferralWorkflow::decisions() {
    static const QList<WorkflowTransition> table = buildDecisions();
    return table;
}

bool ReferralWorkflow::isDecision(ReferralEvent event) {
    return event == E::RecordOffer || event == E::PresentOptions || event == E::RecordChoice ||
           event == E::ApprovePlacement;
}

const WorkflowTransition* ReferralWorkflow::find(ReferralState from, ReferralEvent event) {
    for (const WorkflowTransition& t : transitions())
        if (t.from == from && t.event == event)
            return &t;
    return nullptr;
}

const WorkflowTransition* ReferralWorkflow::findDecision(ReferralState from, ReferralEvent event) {
    for (const WorkflowTransition& t : decisions())
        if (t.from == from && t.event == event)
            return &t;
    return nullptr;
}

Status ReferralWorkflow::checkGuard(WorkflowGuard guard, const Referral& r, const TransitionRequest& request,
                                    const DecisionWork& work, const User& user, QString* comment) const {
    ReferralTransitionStore store(m_db);
    switch (guard) {
    case G::MandatoryFields: {
        const auto missing = ReferralRules::missingForSubmit(r);
        if (!missing.isEmpty())
            return Error::refused(
                QStringLiteral("Mandatory fields: the referral has no %1 — fill them in, then try again.")
                    .arg(ReferralRules::listInWords(missing)));
        return {};
    }
    case G::CompletenessRules: {
        const auto missing = ReferralRules::missingForQualityCheck(r);
        if (!missing.isEmpty())
            return Error::refused(
                QStringLiteral("Quality check: the referral still needs %1 — add them, or return it "
                               "to the social worker for information.")
                    .arg(ReferralRules::listInWords(missing)));
        return {};
    }
    case G::CommentGiven:
        if (request.comment.trimmed().isEmpty())
            return Error::refused(commentRule(request.event) + u'.');
        return {};
    case G::EmergencyReferral:
        if (!r.emergency)
            return Error::refused(
                QStringLiteral("Emergency approval: the referral is not marked as an emergency "
                               "(needed today) — use the panel route, or mark it as an emergency first."));
        return {};
    case G::DistributionList:
        if (request.distributionList.isEmpty())
            return Error::refused(
                QStringLiteral("Send to providers: no providers are chosen — choose the in-house "
                               "service and the providers to send the pack to."));
        return {};
    case G::PackReady:
        if (!request.packReady)
            return Error::refused(
                QStringLiteral("Send to providers: the anonymised referral pack has not been made — "
                               "make the pack first."));
        return {};
    case G::OfferMeetsEssential: {
        auto n = ReferralTransitionStore(m_db).offersMeetingEssential(r.id);
        if (!n)
            return n.error();
        if (n.value() < 1)
            return Error::refused(
                QStringLiteral("Options: no offer meets every essential criterion yet — record "
                               "offers and check them against the essential criteria first."));
        return {};
    }
    case G::ReasonForFewerThanThree: {
        auto n = ReferralTransitionStore(m_db).offersMeetingEssential(r.id);
        if (!n)
            return n.error();
        if (n.value() >= 3)
            return {};
        if (request.fewerThanThreeReason.trimmed().isEmpty())
            return Error::refused(
                QStringLiteral("Choice of three: only %1 offer(s) meet every essential criterion — "
                               "record why fewer than three options are presented.")
                    .arg(n.value()));
        *comment = QStringLiteral("Fewer than three options (%1): %2%3")
                       .arg(n.value())
                       .arg(request.fewerThanThreeReason.trimmed(),
                            comment->isEmpty() ? QString() : QStringLiteral(". ") + *comment);
        return {};
    }
    case G::BudgetHolderApproval: {
        auto limit =
            ReferralTransitionStore(m_db).numberSetting(budgetHolderLimitKey(), kDefaultBudgetHolderLimit);
        if (!limit)
            return limit.error();
        if (request.agreedWeeklyCost <= 0)
            return Error::refused(QStringLiteral("Permission to place: give the agreed whole weekly cost."));
        if (request.agreedWeeklyCost <= limit.value() || user.isBudgetHolder())
            return {};
        const QString approver = request.budgetHolderApprovedBy.trimmed();
        if (approver.isEmpty())
            return Error::refused(
                QStringLiteral("Budget holder approval: £%1 a week is above the £%2 limit — a budget "
                               "holder must give permission or approve it (name them).")
                    .arg(request.agreedWeeklyCost, 0, 'f', 2)
                    .arg(limit.value(), 0, 'f', 2));
        auto holder = UserRepository(m_db).resolve(approver.toLower());
        if (!holder)
            return holder.error();
        if (holder->id == 0 || !holder->isBudgetHolder())
            return Error::refused(
                QStringLiteral("Budget holder approval: %1 is not a budget holder — name a budget "
                               "holder who approved £%2 a week.")
                    .arg(approver)
                    .arg(request.agreedWeeklyCost, 0, 'f', 2));
        *comment = QStringLiteral("£%1 a week approved by budget holder %2%3")
                       .arg(request.agreedWeeklyCost, 0, 'f', 2)
                       .arg(holder->login, comment->isEmpty() ? QString() : QStringLiteral(". ") + *comment);
        return {};
    }
    case G::OfferRecorded:
        return requireWork(store.ofReferral(QStringLiteral("offers"), work.offerId, r.id),
                           QStringLiteral("Record an offer: no offer is recorded with it — ") +
                               whereDecided(E::RecordOffer));
    case G::OptionsPaperRecorded:
        return requireWork(store.ofReferral(QStringLiteral("options_papers"), work.optionsPaperId, r.id),
                           QStringLiteral("Present options: no options paper is recorded with it — ") +
                               whereDecided(E::PresentOptions));
    case G::ChoiceRecorded:
        return requireWork(store.ofReferral(QStringLiteral("placement_choices"), work.choiceId, r.id),
                           QStringLiteral("The social worker's choice is not recorded — ") +
                               whereDecided(E::RecordChoice));
    case G::PlacementMade:
        return requireWork(store.ofReferral(QStringLiteral("placements"), work.placementId, r.id),
                           QStringLiteral("Give permission to place: no placement is made with it — ") +
                               whereDecided(E::ApprovePlacement));
    case G::NoPlacementMade: {
        auto n = store.placementsOf(r.id);
        if (!n)
            return n.error();
        if (n.value() > 0)
            return Error::refused(QStringLiteral("Repair: referral %1 has its placement; there is nothing to "
                                                 "repair.")
                                      .arg(r.reference));
        return {};
    }
    }
    return {};
}

Result<ReferralState> ReferralWorkflow::apply(qint64 referralId, const TransitionRequest& request) {
    if (isDecision(request.event))
        return Error::refused(whereDecided(request.event));
    return take(referralId, request, DecisionWork{});
}

Result<ReferralState> ReferralWorkflow::applyDecision(qint64 referralId, const TransitionRequest& request,
                                                      const DecisionWork& work) {
    if (!isDecision(request.event))
        return Error::invalid(
            QStringLiteral("'%1' is not a decision: take it as a workflow step.").arg(label(request.event)));
    return take(referralId, request, work);
}

Result<ReferralState> ReferralWorkflow::take(qint64 referralId, const TransitionRequest& request,
                                             const DecisionWork& work) {
    m_lastFollowUpId = 0;
    const bool decision = isDecision(request.event);
    TransactionGuard tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto referral = ReferralRepository(m_db).load(referralId);
    if (!referral)
        return referral.error();
    const Referral& r = referral.value();
    if (request.expectedRowVersion != 0 && request.expectedRowVersion != r.rowVersion)
        return Error::conflict(
            QStringLiteral("Referral %1 was changed by someone else after you opened it (it is now "
                           "%2): reload it and try again.")
                .arg(r.reference, label(r.state)));
    auto user = UserRepository(m_db).current();
    if (!user)
        return user.error();

    const WorkflowTransition* t =
        decision ? findDecision(r.state, request.event) : find(r.state, request.event);
    if (!t) {
        QStringList from;
        for (const WorkflowTransition& row : decision ? decisions() : transitions())
            if (row.event == request.event)
                from << label(row.from);
        return Error::refused(
            QStringLiteral("'%1' is not possible while referral %2 is %3: it is possible only when "
                           "the referral is %4.")
                .arg(label(request.event), r.reference, label(r.state), from.join(QStringLiteral(" or "))));
    }
    if (const QString why = roleRefusal(*t, user.value(), false); !why.isEmpty())
        return Error::forbidden(why);
    QString comment = request.comment.trimmed();
    for (WorkflowGuard g : t->guards)
        if (auto s = checkGuard(g, r, request, work, user.value(), &comment); !s)
            return s.error();
    if (request.event == E::SendToProviders) {
        // By name: the timeline is read by people (a provider that has gone keeps its number).
        QStringList names;
        for (qint64 id : request.distributionList) {
            auto provider = ProviderRepository(m_db).find(id);
            names << (provider ? provider->name : QStringLiteral("provider %1").arg(id));
        }
        comment = sentToProviders(names) + (comment.isEmpty() ? QString() : QStringLiteral(". ") + comment);
    }

    const ReferralState to = request.event == E::Resume ? r.heldFromState : t->to;
    const QVariant heldFrom = to == S::OnHold ? QVariant(code(r.state)) : QVariant();
    if (auto s = ReferralTransitionStore(m_db).setState(r.id, r.rowVersion, to, heldFrom); !s)
        return s.error();
    ReferralTransition step{0,        r.id,   m_db.now(), m_db.userName(), code(request.event), code(r.state),
                            code(to), comment};
    if (auto s = ReferralTransitionStore(m_db).record(step); !s)
        return s.error();
    if (request.event == E::EmergencyApprove) {
        auto followUp = openFollowUp(r);
        if (!followUp)
            return followUp.error();
        m_lastFollowUpId = followUp.value();
    }
    if (auto s = tx.commit(); !s) {
        m_lastFollowUpId = 0;
        return s.error();
    }
    return to;
}

Result<qint64> ReferralWorkflow::openFollowUp(const Referral& emergency) {
    Referral planned = emergency;
    planned.id = 0;
    planned.rowVersion = 0;
    planned.reference.clear();
    planned.receivedAt = QDateTime();
    planned.state = S::Draft;
    planned.emergency = false;
    planned.neededBy = QStringLiteral("in more than 5 days");
    planned.neededByDate = QDate();
    planned.followUpOf = emergency.id;
    for (ReferralChild& c : planned.children)
        c.childId = 0; // the emergency referral keeps the links; the follow-up is a new request
    auto id = ReferralRepository(m_db).insert(planned);
    if (!id)
        return id.error();
    ReferralTransition step{
        0,
        id.value(),
        m_db.now(),
        m_db.userName(),
        QStringLiteral("openFollowUp"),
        QString(),
        code(S::Draft),
        QStringLiteral("Planned follow-up of emergency referral %1").arg(emergency.reference)};
    if (auto s = ReferralTransitionStore(m_db).record(step); !s)
        return s.error();
    return id.value();
}

Result<QList<ReferralEvent>> ReferralWorkflow::allowedEvents(qint64 referralId, const User& user) const {
    auto referral = ReferralRepository(m_db).load(referralId);
    if (!referral)
        return referral.error();
    QList<ReferralEvent> out;
    for (const auto* table : {&transitions(), &decisions()})
        for (const WorkflowTransition& t : *table)
            if (t.from == referral->state && t.roles.contains(user.role) && user.active)
                out << t.event;
    return out;
}

Result<QList<WorkflowAction>> ReferralWorkflow::actions(qint64 referralId, const User& user) const {
    auto referral = ReferralRepository(m_db).load(referralId);
    if (!referral)
        return referral.error();
    QList<WorkflowAction> out;
    for (const WorkflowTransition& t : transitions()) {
        if (t.from != referral->state)
            continue;
        if (t.guards.contains(G::NoPlacementMade)) {
            QString ignored;
            auto broken =
                checkGuard(G::NoPlacementMade, referral.value(), {}, DecisionWork{}, user, &ignored);
            if (!broken)
                continue; // only a referral placed without a placement is offered the repair
        }
        WorkflowAction a{t.event, true, {}};
        if (const QString why = roleRefusal(t, user, true); !why.isEmpty()) {
            a.enabled = false;
            a.whyNot = why;
        } else {
            for (WorkflowGuard g : t.guards) {
                if (g != G::MandatoryFields && g != G::CompletenessRules && g != G::EmergencyReferral)
                    continue; // the others depend on what the user supplies when taking the action
                QString ignored;
                TransitionRequest probe;
                probe.event = t.event;
                if (auto s = checkGuard(g, referral.value(), probe, DecisionWork{}, user, &ignored); !s) {
                    a.enabled = false;
                    a.whyNot = s.error().message;
                    break;
                }
            }
        }
        out << a;
    }
    return out;
}

} // namespace pd::core
