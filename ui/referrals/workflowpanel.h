// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workflow/referralworkflow.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace pd::core {
class Desk;
}

namespace pd::ui {

/// The referral's current state and the actions this user may take; the others are
/// disabled with a tooltip saying why.
class WorkflowPanel : public QWidget {
    Q_OBJECT
  public:
    explicit WorkflowPanel(QWidget* parent = nullptr);

    void setReferral(core::Desk* desk, qint64 referralId);
    void refresh();
    /// Applies an event (the buttons call this after asking for what the event needs).
    core::Result<core::ReferralState> take(const core::TransitionRequest& request);
    /// The button for an event, or null when the event is not possible from the current state.
    QPushButton* button(core::ReferralEvent event) const;

  signals:
    void transitionApplied(core::ReferralState state);

  private:
    void ask(core::ReferralEvent event);
    core::Desk* m_desk = nullptr;
    qint64 m_id = 0;
    QLabel* m_state;
    QLabel* m_hint;
    QVBoxLayout* m_buttons;
    QList<QPair<core::ReferralEvent, QPushButton*>> m_actions;
};

} // namespace pd::ui
