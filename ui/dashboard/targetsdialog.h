// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/dashboardtargets.h"

#include <QDialog>

class QDoubleSpinBox;
class QCheckBox;
class QFormLayout;

namespace pd::ui {

/// The manager's targets for measures 1-3 (each may be left unset).
class TargetsDialog : public QDialog {
    Q_OBJECT
  public:
    explicit TargetsDialog(const core::DashboardTargets& targets, QWidget* parent = nullptr);
    core::DashboardTargets targets() const;

  private:
    struct Row {
        QCheckBox* set;
        QDoubleSpinBox* value;
    };
    Row addRow(QFormLayout* form, const QString& label, const std::optional<double>& value);
    Row m_threeOrMore;
    Row m_longTerm;
    Row m_distance;
};

} // namespace pd::ui
