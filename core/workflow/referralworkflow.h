// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/referral.h"
#include "core/domain/user.h"
#include "core/result.h"

namespace pd::core {

class Database;

/// What happens to a referral (DESIGN.md, "The referral workflow").
enum class ReferralEvent {
    Submit,
    SendToPanel,
    PanelApprove,
    PanelDecline,
    ReturnForInformation,
    QualityPass,
    EmergencyApprove,
    SendToProviders,
    RecordOffer,
    PrepareOptions,
    PresentOptions,
    RecordChoice,
    ApprovePlacement,
    RejectOptions,
    Close,
    Withdraw,
    Hold,
    Resume,
    ReopenDecision ///< repair: a referral Placed without a placement goes back to AwaitingDecision
};
/// Codes as stored in referral_transitions.event ("panelApprove") and the words people read.
template <> struct Vocabulary<ReferralEvent> {
    static constexpr Term<ReferralEvent> terms[] = {
        {ReferralEvent::Submit, "submit", "Submit"},
        {ReferralEvent::SendToPanel, "sendToPanel", "Send to panel"},
        {ReferralEvent::PanelApprove, "panelApprove", "Approve at panel"},
        {ReferralEvent::PanelDecline, "panelDecline", "Decline at panel"},
        {ReferralEvent::ReturnForInformation, "returnForInformation", "Return for information"},
        {ReferralEvent::QualityPass, "qualityPass", "Pass quality check"},
        {ReferralEvent::EmergencyApprove, "emergencyApprove", "Emergency approval"},
        {ReferralEvent::SendToProviders, "sendToProviders", "Send to providers"},
        {ReferralEvent::RecordOffer, "recordOffer", "Record an offer"},
        {ReferralEvent::PrepareOptions, "prepareOptions", "Prepare options"},
        {ReferralEvent::PresentOptions, "presentOptions", "Present options"},
        {ReferralEvent::RecordChoice, "recordChoice", "Record the choice"},
        {ReferralEvent::ApprovePlacement, "approvePlacement", "Give permission to place"},
        {ReferralEvent::RejectOptions, "rejectOptions", "Reject the options"},
        {ReferralEvent::Close, "close", "Close"},
        {ReferralEvent::Withdraw, "withdraw", "Withdraw"},
        {ReferralEvent::Hold, "hold", "Put on hold"},
        {ReferralEvent::Resume, "resume", "Resume"},
        {ReferralEvent::ReopenDecision, "reopenDecision", "Repair: reopen the decision"},
    };
};

/// A rule a transition must pass besides the role; each one names itself in its error.
enum class WorkflowGuard {
    MandatoryFields,         ///< submit: the fields of ReferralRules::missingForSubmit
    CompletenessRules,       ///< qualityPass: ReferralRules::missingForQualityCheck
    CommentGiven,            ///< decline (the alternative), return (missing items), withdraw/hold (reason)
    EmergencyReferral,       ///< emergencyApprove: the referral is marked emergency
    DistributionList,        ///< sendToProviders: at least one provider chosen
    PackReady,               ///< sendToProviders: the anonymised pack exists
    OfferMeetsEssential,     ///< prepare/presentOptions: >= 1 offer with meets_essential = 1
    ReasonForFewerThanThree, ///< presentOptions: fewer than three such offers need a reason
    BudgetHolderApproval,    ///< approvePlacement: cost above budget_holder_limit_weekly
    OfferRecorded,           ///< recordOffer: the offer the event stands for is stored for the referral
    OptionsPaperRecorded,    ///< presentOptions: the options paper is stored for the referral
    ChoiceRecorded,          ///< recordChoice, approvePlacement: the social worker's choice is stored
    PlacementMade,           ///< approvePlacement: the placement is stored for the referral
    NoPlacementMade,         ///< reopenDecision: the referral is Placed but no placement links to it
};

/// One row of the transition table: from a state, an event leads to a state, for these roles,
/// when these guards hold. `Resume` returns to the state the referral was held from.
struct WorkflowTransition {
    ReferralState from;
    ReferralEvent event;
    ReferralState to;
    QList<Role> roles;
    QList<WorkflowGuard> guards;
};

/// What the caller asks for, with the facts guards need that live outside the referral record.
struct TransitionRequest {
    ReferralEvent event = ReferralEvent::Submit;
    QString comment;
    qint64 expectedRowVersion = 0;  ///< the version the user saw; 0 = whatever is stored now
    QList<qint64> distributionList; ///< sendToProviders: provider ids
    bool packReady = false;         ///< sendToProviders
    QString fewerThanThreeReason;   ///< presentOptions with 1 or 2 suitable offers
    double agreedWeeklyCost = 0;    ///< approvePlacement: whole weekly cost agreed
    QString budgetHolderApprovedBy; ///< approvePlacement above the limit: a budget holder's login
};

/// What a service did for a decision event (recordOffer, presentOptions, recordChoice,
/// approvePlacement): the stored rows that show the work was done. The workflow takes a decision
/// only with them (applyDecision), so no decision happens as a bare transition.
struct DecisionWork {
    qint64 offerId = 0;        ///< recordOffer: the offer recorded
    qint64 optionsPaperId = 0; ///< presentOptions: the options paper recorded
    qint64 choiceId = 0;       ///< recordChoice, approvePlacement: the social worker's choice
    qint64 placementId = 0;    ///< approvePlacement: a placement made for the referral
};

/// An event as the workflow panel shows it: available or not, and why not.
struct WorkflowAction {
    ReferralEvent event;
    bool enabled = false;
    QString whyNot;
};

/// The referral state machine: one table, guards, roles, history.
class ReferralWorkflow {
  public:
    explicit ReferralWorkflow(Database& db) : m_db(db) {}

    /// The transition table of the steps taken on their own (data in one place; docs and tests read it).
    static const QList<WorkflowTransition>& transitions();
    /// The decisions: taken only by the services that do their work, each with a guard that the
    /// work is stored (OfferBook, OptionsPresenter, SocialWorkersChoice, PermissionToPlace).
    static const QList<WorkflowTransition>& decisions();
    /// Whether the event is a decision (refused by apply(), taken by applyDecision()).
    static bool isDecision(ReferralEvent event);
    /// The row for (state, event), or nullptr when the event is not possible from that state.
    static const WorkflowTransition* find(ReferralState from, ReferralEvent event);
    /// The decision row for (state, event), or nullptr.
    static const WorkflowTransition* findDecision(ReferralState from, ReferralEvent event);
    /// Setting key of the weekly cost above which a budget holder must approve (default 1500).
    static QString budgetHolderLimitKey() { return QStringLiteral("budget_holder_limit_weekly"); }
    static constexpr double kDefaultBudgetHolderLimit = 1500;

    /// Applies an event as the connection's user (Database::userName()): checks the role and the
    /// guards, moves the state (optimistic concurrency), stores the history and audit rows, all in
    /// one transaction. Returns the new state, or an error naming the rule that refused it.
    /// A decision event is refused with a sentence saying where it is taken.
    Result<ReferralState> apply(qint64 referralId, const TransitionRequest& request);
    /// Takes a decision event for the service that has just stored its work (in the caller's
    /// transaction): as apply(), and the work must be stored for this referral.
    Result<ReferralState> applyDecision(qint64 referralId, const TransitionRequest& request,
                                        const DecisionWork& work);
    /// Events possible from the referral's state that this user's role may take.
    Result<QList<ReferralEvent>> allowedEvents(qint64 referralId, const User& user) const;
    /// Every event possible from the state, with the reason when this user cannot take it now
    /// (role, or a guard the record alone decides).
    Result<QList<WorkflowAction>> actions(qint64 referralId, const User& user) const;
    /// Id of the follow-up planned referral opened by the last emergencyApprove (0 if none).
    qint64 lastFollowUpId() const { return m_lastFollowUpId; }

  private:
    Status checkGuard(WorkflowGuard guard, const Referral& referral, const TransitionRequest& request,
                      const DecisionWork& work, const User& user, QString* comment) const;
    Result<ReferralState> take(qint64 referralId, const TransitionRequest& request, const DecisionWork& work);
    Result<qint64> openFollowUp(const Referral& emergency);
    Database& m_db;
    qint64 m_lastFollowUpId = 0;
};

} // namespace pd::core
