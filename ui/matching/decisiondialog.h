// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace pd::core {
class Desk;
}

namespace pd::ui {

class DateField;

/// The manager's permission to place the social worker's choice: creates the placement and prints the
/// Individual Placement Contract. Asks for the budget holder only above the budget holder's limit.
class DecisionDialog : public QDialog {
    Q_OBJECT
  public:
    DecisionDialog(core::Desk& desk, qint64 referralId, QWidget* parent = nullptr);
    /// What OK calls: place with the chosen offer (by id), fee and start date.
    core::Result<QList<qint64>> decide(qint64 offerId, double agreedWeeklyFee, const QDate& start);
    QComboBox* offers() const { return m_offer; }
    QLineEdit* budgetHolder() const { return m_budgetHolder; }
    /// The whole weekly cost at the agreed fee is above the budget holder's limit.
    bool needsBudgetHolder() const;

  private:
    void printContract(qint64 placementId);

    core::Desk& m_desk;
    qint64 m_referralId;
    QComboBox* m_offer;
    QDoubleSpinBox* m_fee;
    DateField* m_start;
    QLineEdit* m_budgetHolder;
    QLabel* m_budgetHolderLabel;
    double m_limit = 0;
};

} // namespace pd::ui
