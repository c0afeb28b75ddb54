// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/children/recorddialog.h"

class QDoubleSpinBox;
class QLineEdit;

namespace pd::ui {

/// Change the Individual Placement Contract from a date: a new weekly fee or extras, an outcome
/// added, and why. It makes the next version; the earlier ones stay as they were.
class ContractChangeDialog : public RecordDialog {
    Q_OBJECT
  public:
    ContractChangeDialog(core::Desk& desk, qint64 placementId, QWidget* parent = nullptr);

    QDateEdit* from() const { return m_from; }
    QDoubleSpinBox* fee() const { return m_fee; }
    QDoubleSpinBox* extras() const { return m_extras; }
    QLineEdit* outcome() const { return m_outcome; }
    QLineEdit* measure() const { return m_measure; }
    QLineEdit* why() const { return m_why; }
    /// The version the change made (after OK succeeded).
    int version() const { return m_version; }

  protected:
    core::Status save() override;

  private:
    QDateEdit* m_from;
    QDoubleSpinBox* m_fee;
    QDoubleSpinBox* m_extras;
    QLineEdit* m_extrasNote;
    QLineEdit* m_outcome;
    QLineEdit* m_measure;
    QLineEdit* m_why;
    double m_oldFee = 0;
    double m_oldExtras = 0;
    int m_version = 0;
};

} // namespace pd::ui
