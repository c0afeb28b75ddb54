// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/contractversion.h"
#include "ui/children/recorddialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace pd::ui {

/// Record a placement review: the day it was held, each outcome of the current contract rated
/// (met / progressing / not met) with a note, the IRO's view, and optionally an earlier next review
/// than the statutory timetable's.
class ReviewDialog : public RecordDialog {
    Q_OBJECT
  public:
    ReviewDialog(core::Desk& desk, qint64 placementId, QWidget* parent = nullptr);

    QDateEdit* heldOn() const { return m_heldOn; }
    /// One rating and one note per outcome, in the contract's order.
    const QList<QComboBox*>& ratings() const { return m_ratings; }
    const QList<QLineEdit*>& notes() const { return m_notes; }
    QPlainTextEdit* iroView() const { return m_iro; }

  protected:
    core::Status save() override;

  private:
    QDateEdit* m_heldOn;
    QList<core::ContractOutcome> m_outcomes;
    QList<QComboBox*> m_ratings;
    QList<QLineEdit*> m_notes;
    QPlainTextEdit* m_iro;
    QCheckBox* m_bringForward;
    QDateEdit* m_nextDue;
};

} // namespace pd::ui
