// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/matching/matchsettings.h"
#include "core/result.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;

namespace pd::core {
class Desk;
}

namespace pd::ui {

/// The team's matching settings: which hard rules apply, the weights of the soft criteria, the mileage rate.
class MatchSettingsDialog : public QDialog {
    Q_OBJECT
  public:
    explicit MatchSettingsDialog(core::Desk& desk, QWidget* parent = nullptr);
    core::MatchSettings settings() const;
    core::Status save();

  private:
    core::Desk& m_desk;
    QList<QCheckBox*> m_rules;
    QList<QDoubleSpinBox*> m_weights;
    QDoubleSpinBox* m_rate;
    QDoubleSpinBox* m_days;
    QDoubleSpinBox* m_local;
};

} // namespace pd::ui
