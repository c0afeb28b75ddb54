// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/children/recorddialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace pd::ui {

/// Record a pre-disruption meeting: when, who asked for it, who attended, the concerns, the actions
/// agreed (each with its owner) and the outcome. It counts in the provider's disruption history.
class MeetingDialog : public RecordDialog {
    Q_OBJECT
  public:
    MeetingDialog(core::Desk& desk, qint64 placementId, QWidget* parent = nullptr);

    QDateEdit* heldOn() const { return m_heldOn; }
    QComboBox* askedBy() const { return m_askedBy; }
    QLineEdit* attendees() const { return m_attendees; }
    QPlainTextEdit* concerns() const { return m_concerns; }
    QPlainTextEdit* actions() const { return m_actions; }
    QComboBox* outcome() const { return m_outcome; }

  protected:
    core::Status save() override;

  private:
    QDateEdit* m_heldOn;
    QComboBox* m_askedBy;
    QLineEdit* m_attendees;
    QPlainTextEdit* m_concerns;
    QPlainTextEdit* m_actions;
    QComboBox* m_outcome;
};

} // namespace pd::ui
