// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;

namespace pd::core {
class Desk;
}

namespace pd::ui {

/// The social worker's choice and the manager's permission to place: creates the placement and
/// prints the Individual Placement Contract.
class DecisionDialog : public QDialog {
    Q_OBJECT
  public:
    DecisionDialog(core::Desk& desk, qint64 referralId, QWidget* parent = nullptr);
    /// What OK calls: place with the chosen offer (by id), fee and start date.
    core::Result<QList<qint64>> decide(qint64 offerId, double agreedWeeklyFee, const QDate& start);
    QComboBox* offers() const { return m_offer; }

  private:
    void printContract(qint64 offerId, double fee, const QDate& start);

    core::Desk& m_desk;
    qint64 m_referralId;
    QComboBox* m_offer;
    QDoubleSpinBox* m_fee;
    QDateEdit* m_start;
};

} // namespace pd::ui
