// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/register/provisioneditor.h"

#include "core/services/desk.h"
#include "ui/widgets/formfields.h"
#include "ui/widgets/postcodefield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace pd::ui {

namespace {

QDoubleSpinBox* moneyBox(QWidget* parent) {
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(0, 100000);
    box->setDecimals(2);
    box->setPrefix(QStringLiteral("£"));
    box->setSuffix(QObject::tr(" a week"));
    return box;
}

} // namespace

ProvisionEditor::ProvisionEditor(core::Desk& desk, const core::Provision& provision, QWidget* parent)
    : QDialog(parent), m_desk(desk), m_provision(provision), m_code(new QLineEdit(this)),
      m_name(new QLineEdit(this)), m_type(new QComboBox(this)), m_minAge(new QSpinBox(this)),
      m_maxAge(new QSpinBox(this)), m_places(new QSpinBox(this)), m_sexes(new QComboBox(this)),
      m_skills(new QListWidget(this)), m_ethnicity(new QLineEdit(this)), m_religion(new QLineEdit(this)),
      m_languages(new QLineEdit(this)), m_pets(new QCheckBox(tr("Pets in the home"), this)),
      m_smoking(new QCheckBox(tr("Someone smokes"), this)), m_postcode(new PostcodeField(this)),
      m_fee(moneyBox(this)), m_extras(moneyBox(this)), m_household(new QLineEdit(this)),
      m_notes(new QPlainTextEdit(this)), m_active(new QCheckBox(tr("Active (offered in matching)"), this)) {
    setWindowTitle(provision.id ? tr("Edit provision \u2014 %1").arg(provision.name) : tr("New provision"));
    for (core::PlacementType t : core::all<core::PlacementType>())
        m_type->addItem(core::label(t), int(t));
    for (core::SexesAccepted s : core::all<core::SexesAccepted>())
        m_sexes->addItem(core::label(s), int(s));
    m_minAge->setRange(0, 25);
    m_maxAge->setRange(0, 25);
    m_places->setRange(1, 99);
    for (core::Skill skill : core::all<core::Skill>()) {
        auto* item = new QListWidgetItem(core::label(skill), m_skills);
        item->setData(Qt::UserRole, core::code(skill));
        item->setCheckState(provision.skills.contains(core::code(skill)) ? Qt::Checked : Qt::Unchecked);
    }
    m_skills->setFixedHeight(m_skills->sizeHintForRow(0) * int(m_skills->count()) + 6);
    m_code->setPlaceholderText(tr("stable reference used by vacancy files, e.g. H-014"));
    m_languages->setPlaceholderText(tr("e.g. English, Urdu"));
    m_household->setPlaceholderText(tr("age/sex/risks; e.g. 9/F; 14/M/physical"));
    m_household->setToolTip(
        tr("Risk codes: %1").arg(core::codes<core::HouseholdRisk>().join(QStringLiteral(", "))));
    m_notes->setFixedHeight(70);

    m_code->setText(provision.code);
    m_name->setText(provision.name);
    FormFields::select(m_type, int(provision.type));
    m_minAge->setValue(provision.minAge);
    m_maxAge->setValue(provision.maxAge);
    m_places->setValue(provision.places);
    FormFields::select(m_sexes, int(provision.sexes));
    m_ethnicity->setText(provision.carerEthnicity);
    m_religion->setText(provision.carerReligion);
    m_languages->setText(provision.carerLanguages.join(QStringLiteral(", ")));
    m_pets->setChecked(provision.hasPets);
    m_smoking->setChecked(provision.smoking);
    m_postcode->setPostcode(provision.postcode);
    m_fee->setValue(provision.weeklyFee);
    m_extras->setValue(provision.typicalExtras);
    m_household->setText(core::formatHousehold(provision.household));
    m_notes->setPlainText(provision.qualityNotes);
    m_active->setChecked(provision.active);

    auto* ages = new QHBoxLayout;
    ages->addWidget(m_minAge);
    ages->addWidget(new QLabel(tr("to"), this));
    ages->addWidget(m_maxAge);
    ages->addStretch();
    auto* habits = new QHBoxLayout;
    habits->addWidget(m_pets);
    habits->addWidget(m_smoking);
    habits->addStretch();
    auto* form = new QFormLayout;
    form->addRow(tr("&Code"), m_code);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Type"), m_type);
    form->addRow(tr("Approved ages"), ages);
    form->addRow(tr("&Places"), m_places);
    form->addRow(tr("&Sexes"), m_sexes);
    form->addRow(tr("S&kills"), m_skills);
    form->addRow(tr("Carer &ethnicity"), m_ethnicity);
    form->addRow(tr("Carer &religion"), m_religion);
    form->addRow(tr("Carer &languages"), m_languages);
    form->addRow(QString(), habits);
    form->addRow(tr("P&ostcode"), m_postcode);
    form->addRow(tr("&Weekly fee"), m_fee);
    form->addRow(tr("Usual e&xtras"), m_extras);
    form->addRow(tr("Children &living there"), m_household);
    form->addRow(tr("&Quality notes"), m_notes);
    form->addRow(QString(), m_active);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProvisionEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProvisionEditor::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

bool ProvisionEditor::read(core::Provision* out, QString* problem) const {
    core::Provision p = m_provision;
    p.code = m_code->text().trimmed();
    p.name = m_name->text().trimmed();
    p.type = core::PlacementType(m_type->currentData().toInt());
    p.minAge = m_minAge->value();
    p.maxAge = m_maxAge->value();
    p.places = m_places->value();
    p.sexes = core::SexesAccepted(m_sexes->currentData().toInt());
    p.skills.clear();
    for (int i = 0; i < m_skills->count(); ++i)
        if (m_skills->item(i)->checkState() == Qt::Checked)
            p.skills << m_skills->item(i)->data(Qt::UserRole).toString();
    p.carerEthnicity = m_ethnicity->text().trimmed();
    p.carerReligion = m_religion->text().trimmed();
    p.carerLanguages.clear();
    for (const QString& l : m_languages->text().split(u',', Qt::SkipEmptyParts))
        if (!l.trimmed().isEmpty())
            p.carerLanguages << l.trimmed();
    p.hasPets = m_pets->isChecked();
    p.smoking = m_smoking->isChecked();
    if (!m_postcode->problem().isEmpty()) {
        *problem = tr("Postcode: %1").arg(m_postcode->problem());
        return false;
    }
    p.postcode = m_postcode->postcode();
    p.weeklyFee = m_fee->value();
    p.typicalExtras = m_extras->value();
    auto household = core::parseHousehold(m_household->text());
    if (!household) {
        *problem = household.error().message;
        return false;
    }
    p.household = household.value();
    p.qualityNotes = m_notes->toPlainText().trimmed();
    p.active = m_active->isChecked();
    *out = p;
    return true;
}

core::Status ProvisionEditor::save() {
    core::Provision p;
    QString problem;
    if (!read(&p, &problem))
        return core::Error::invalid(problem);
    if (auto s = m_desk.providerRegister().saveProvision(p); !s)
        return s;
    m_provision = p;
    return {};
}

void ProvisionEditor::accept() {
    if (auto s = save(); !s) {
        QMessageBox::warning(this, tr("Provision not saved"), s.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace pd::ui
