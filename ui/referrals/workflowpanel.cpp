// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/referrals/workflowpanel.h"

#include "core/services/desk.h"
#include "ui/widgets/reasondialog.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd::ui {

using core::ReferralEvent;

namespace {

/// The reason the event needs, as the field's label (empty: a comment is optional).
QString reasonLabel(ReferralEvent e) {
    switch (e) {
    case ReferralEvent::PanelDecline:
        return WorkflowPanel::tr("The alternative the panel chose (e.g. family support)");
    case ReferralEvent::ReturnForInformation:
        return WorkflowPanel::tr("The missing items to ask the social worker for");
    case ReferralEvent::ReopenDecision:
        return WorkflowPanel::tr("Why the decision is reopened");
    case ReferralEvent::RejectOptions:
        return WorkflowPanel::tr("Why the options were rejected");
    case ReferralEvent::Hold:
        return WorkflowPanel::tr("Why the referral is put on hold");
    case ReferralEvent::Withdraw:
        return WorkflowPanel::tr("Why the referral is withdrawn");
    default:
        return {};
    }
}

/// The step's button text: the steps forward take a letter no tab or field of the referral
/// window uses, so Alt+letter takes them from anywhere in it.
QString buttonText(ReferralEvent e) {
    switch (e) {
    case ReferralEvent::Submit:
        return WorkflowPanel::tr("S&ubmit");
    case ReferralEvent::SendToPanel:
        return WorkflowPanel::tr("Send to p&anel");
    case ReferralEvent::PanelApprove:
        return WorkflowPanel::tr("&Approve at panel");
    case ReferralEvent::QualityPass:
        return WorkflowPanel::tr("Pass quality chec&k");
    case ReferralEvent::Resume:
        return WorkflowPanel::tr("Res&ume");
    default:
        return core::label(e);
    }
}

/// What the step does, in a sentence, where it is not plain from its name.
QString reasonIntro(ReferralEvent e) {
    if (e == ReferralEvent::ReopenDecision)
        return WorkflowPanel::tr(
            "This referral is Placed but no placement was made. Reopening takes it back to "
            "awaiting decision, to be placed on the Offers page.");
    return {};
}

} // namespace

WorkflowPanel::WorkflowPanel(QWidget* parent)
    : QWidget(parent), m_state(new QLabel(this)), m_hint(new QLabel(this)), m_buttons(new QVBoxLayout) {
    auto* layout = new QVBoxLayout(this);
    m_state->setTextFormat(Qt::RichText);
    m_hint->setWordWrap(true);
    layout->addWidget(m_state);
    layout->addLayout(m_buttons);
    layout->addWidget(m_hint);
    layout->addStretch();
    setMinimumWidth(220);
}

void WorkflowPanel::setReferral(core::Desk* desk, qint64 referralId) {
    m_desk = desk;
    m_id = referralId;
    refresh();
}

QPushButton* WorkflowPanel::button(ReferralEvent event) const {
    for (const auto& [e, b] : m_actions)
        if (e == event)
            return b;
    return nullptr;
}

void WorkflowPanel::refresh() {
    for (const auto& [e, b] : m_actions)
        delete b;
    m_actions.clear();
    if (!m_desk || !m_id) {
        m_state->setText(tr("<b>New referral</b>"));
        m_hint->setText(tr("Save the referral to start its workflow."));
        return;
    }
    auto referral = m_desk->referrals().load(m_id);
    auto user = m_desk->team().current();
    if (!referral || !user) {
        m_state->setText(tr("<b>Cannot read the referral</b>"));
        m_hint->setText(!referral ? referral.error().message : user.error().message);
        return;
    }
    QString state = core::label(referral->state);
    if (referral->state == core::ReferralState::OnHold)
        state += tr(" (from %1)").arg(core::label(referral->heldFromState));
    m_state->setText(tr("State: <b>%1</b>").arg(state.toHtmlEscaped()));
    auto actions = m_desk->workflow().actions(m_id, user.value());
    if (!actions) {
        m_hint->setText(actions.error().message);
        return;
    }
    for (const core::WorkflowAction& a : actions.value()) {
        auto* b = new QPushButton(buttonText(a.event), this);
        QString whyNot = a.whyNot;
        if (a.enabled && a.event == ReferralEvent::SendToProviders)
            whyNot = tr("Send the pack from the referral's offers page, where the providers are chosen and "
                        "the pack is made.");
        b->setEnabled(whyNot.isEmpty());
        b->setToolTip(whyNot);
        connect(b, &QPushButton::clicked, this, [this, e = a.event] { ask(e); });
        m_buttons->addWidget(b);
        m_actions.append({a.event, b});
    }
    QString hint = m_actions.isEmpty()
                       ? tr("Nothing more happens to this referral here.")
                       : tr("Signed in as %1 (%2). Point at a greyed action to see why it is not available.")
                             .arg(user->name(), core::label(user->role).toLower());
    // Decisions have one place: the Offers page, where each is taken with its work.
    if (referral->state == core::ReferralState::Searching ||
        referral->state == core::ReferralState::OptionsReady ||
        referral->state == core::ReferralState::AwaitingDecision)
        hint +=
            tr(" Offers, the options paper, the social worker's choice and permission to place are on the "
               "Offers page.");
    m_hint->setText(hint);
}

void WorkflowPanel::ask(ReferralEvent event) {
    const QString label = reasonLabel(event);
    ReasonDialog dialog(core::label(event), reasonIntro(event), label.isEmpty() ? tr("Comment") : label,
                        !label.isEmpty(), core::label(event), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    core::TransitionRequest request;
    request.event = event;
    request.comment = dialog.reason();
    auto result = take(request);
    if (!result)
        QMessageBox::warning(this, core::label(event), result.error().message);
}

core::Result<core::ReferralState> WorkflowPanel::take(const core::TransitionRequest& request) {
    if (!m_desk || !m_id)
        return core::Error::invalid(tr("Save the referral first."));
    core::ReferralWorkflow& workflow = m_desk->workflow();
    auto result = workflow.apply(m_id, request);
    refresh();
    if (result)
        emit transitionApplied(result.value());
    return result;
}

} // namespace pd::ui
