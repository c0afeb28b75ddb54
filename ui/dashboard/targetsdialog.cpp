// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/targetsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>

namespace pd::ui {

TargetsDialog::TargetsDialog(const core::DashboardTargets& targets, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Dashboard targets"));
    auto* form = new QFormLayout(this);
    m_threeOrMore = addRow(form, tr("Three or more placements (at most, %):"), targets.threeOrMorePlacements);
    m_longTerm = addRow(form, tr("Long-term stability (at least, %):"), targets.longTermStability);
    m_distance = addRow(form, tr("Placed over 20 miles away (at most, %):"), targets.distanceOver20Miles);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

TargetsDialog::Row TargetsDialog::addRow(QFormLayout* form, const QString& label,
                                         const std::optional<double>& value) {
    auto* set = new QCheckBox(tr("Target"), this);
    auto* spin = new QDoubleSpinBox(this);
    spin->setRange(0, 100);
    spin->setDecimals(1);
    spin->setSuffix(QStringLiteral(" %"));
    spin->setValue(value.value_or(0));
    set->setChecked(value.has_value());
    spin->setEnabled(value.has_value());
    connect(set, &QCheckBox::toggled, spin, &QWidget::setEnabled);
    auto* row = new QHBoxLayout;
    row->addWidget(set);
    row->addWidget(spin, 1);
    form->addRow(label, row);
    return {set, spin};
}

core::DashboardTargets TargetsDialog::targets() const {
    auto value = [](const Row& r) {
        return r.set->isChecked() ? std::optional<double>(r.value->value()) : std::nullopt;
    };
    return {value(m_threeOrMore), value(m_longTerm), value(m_distance)};
}

} // namespace pd::ui
