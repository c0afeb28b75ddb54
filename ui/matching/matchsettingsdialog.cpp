// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/matching/matchsettingsdialog.h"

#include "core/services/desk.h"

#include "core/matching/matchservice.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QVBoxLayout>

namespace pd::ui {

MatchSettingsDialog::MatchSettingsDialog(core::Desk& desk, QWidget* parent)
    : QDialog(parent), m_desk(desk), m_rate(new QDoubleSpinBox(this)), m_days(new QDoubleSpinBox(this)),
      m_local(new QDoubleSpinBox(this)) {
    setWindowTitle(tr("Matching settings"));
    auto current = desk.matching().settings();
    const core::MatchSettings s = current ? current.value() : core::MatchSettings{};
    auto* layout = new QVBoxLayout(this);
    auto* columns = new QHBoxLayout;
    auto* rules = new QGroupBox(tr("Hard rules (a vacancy breaking one is excluded)"), this);
    auto* rulesLayout = new QVBoxLayout(rules);
    for (core::HardRule r : core::allHardRules()) {
        auto* box = new QCheckBox(core::hardRuleLabel(r), rules);
        box->setChecked(s.isOn(r));
        rulesLayout->addWidget(box);
        m_rules << box;
    }
    auto* weights = new QGroupBox(tr("Weights of the soft criteria"), this);
    auto* weightsLayout = new QFormLayout(weights);
    for (core::SoftCriterion c : core::allSoftCriteria()) {
        auto* spin = new QDoubleSpinBox(weights);
        spin->setRange(0, 100);
        spin->setDecimals(0);
        spin->setValue(s.weightOf(c));
        weightsLayout->addRow(core::softCriterionLabel(c), spin);
        m_weights << spin;
    }
    m_rate->setRange(0, 500);
    m_rate->setSuffix(tr(" p a mile"));
    m_rate->setValue(s.mileageRatePence);
    m_days->setRange(0, 7);
    m_days->setValue(s.schoolDaysPerWeek);
    m_local->setRange(1, 200);
    m_local->setSuffix(tr(" miles"));
    m_local->setValue(s.localMiles);
    weightsLayout->addRow(tr("Mileage rate"), m_rate);
    weightsLayout->addRow(tr("School days a week"), m_days);
    weightsLayout->addRow(tr("Near means within"), m_local);
    columns->addWidget(rules);
    columns->addWidget(weights);
    layout->addLayout(columns);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(box, &QDialogButtonBox::accepted, this, [this] {
        if (auto st = save(); !st)
            QMessageBox::warning(this, windowTitle(), st.error().message);
        else
            accept();
    });
}

core::MatchSettings MatchSettingsDialog::settings() const {
    core::MatchSettings s;
    const auto rules = core::allHardRules();
    for (int i = 0; i < rules.size(); ++i)
        s.setRule(rules[i], m_rules[i]->isChecked());
    const auto criteria = core::allSoftCriteria();
    for (int i = 0; i < criteria.size(); ++i)
        s.setWeight(criteria[i], m_weights[i]->value());
    s.mileageRatePence = m_rate->value();
    s.schoolDaysPerWeek = m_days->value();
    s.localMiles = m_local->value();
    return s;
}

core::Status MatchSettingsDialog::save() {
    return m_desk.matching().saveSettings(settings());
}

} // namespace pd::ui
