// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace pd::core {
class Desk;
}

namespace pd::ui {

/// The social worker's choice of one option, with the child's and the family's views of it.
class ChoiceDialog : public QDialog {
    Q_OBJECT
  public:
    ChoiceDialog(core::Desk& desk, qint64 referralId, QWidget* parent = nullptr);
    /// What OK calls: records the choice of the offer (by id) with the two views.
    core::Result<qint64> choose(qint64 offerId, const QString& childView, const QString& familyView);
    QComboBox* offers() const { return m_offer; }

  private:
    core::Desk& m_desk;
    qint64 m_referralId;
    QComboBox* m_offer;
    QPlainTextEdit* m_childView;
    QPlainTextEdit* m_familyView;
};

} // namespace pd::ui
