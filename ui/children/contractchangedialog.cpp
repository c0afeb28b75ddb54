// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/children/contractchangedialog.h"

#include "core/domain/contractversion.h"
#include "core/services/desk.h"

#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>

namespace pd::ui {

namespace {

QDoubleSpinBox* pounds(QWidget* parent, const QString& name) {
    auto* spin = new QDoubleSpinBox(parent);
    spin->setRange(0, 50000);
    spin->setDecimals(2);
    spin->setPrefix(QStringLiteral("\u00a3"));
    spin->setSuffix(QObject::tr(" a week"));
    spin->setAccessibleName(name);
    return spin;
}

QLineEdit* line(QWidget* parent, const QString& name, const QString& hint) {
    auto* edit = new QLineEdit(parent);
    edit->setAccessibleName(name);
    edit->setPlaceholderText(hint);
    return edit;
}

} // namespace

ContractChangeDialog::ContractChangeDialog(core::Desk& desk, qint64 placementId, QWidget* parent)
    : RecordDialog(desk, placementId, tr("Change the contract"), tr("Make new version"), parent),
      m_from(nullptr), m_fee(pounds(this, tr("Weekly fee"))), m_extras(pounds(this, tr("Agreed extras"))),
      m_extrasNote(line(this, tr("What the extras pay for"), tr("e.g. 1:1 support after school"))),
      m_outcome(line(this, tr("New outcome"), tr("optional: an outcome agreed for the child"))),
      m_measure(line(this, tr("How the new outcome is measured"), tr("how we will know it is met"))),
      m_why(line(this, tr("Why the contract changes"),
                 tr("e.g. uplift agreed for 2027-28; outcome added at review"))) {
    auto current = desk.contracts().current(placementId);
    if (current && current->has_value()) {
        m_oldFee = (*current)->weeklyFee;
        m_oldExtras = (*current)->extras;
        m_fee->setValue(m_oldFee);
        m_extras->setValue(m_oldExtras);
        m_extrasNote->setText((*current)->extrasNote);
    }
    m_from = addDateField(tr("&From"));
    m_from->setMaximumDate(QDate(9999, 12, 31)); // a change may be agreed ahead of its date
    form()->addRow(tr("Weekly &fee"), m_fee);
    form()->addRow(tr("Agreed e&xtras"), m_extras);
    form()->addRow(tr("Extras &pay for"), m_extrasNote);
    form()->addRow(tr("New &outcome"), m_outcome);
    form()->addRow(tr("Outcome &measure"), m_measure);
    form()->addRow(tr("&Why"), m_why);
    finish();
}

core::Status ContractChangeDialog::save() {
    core::ContractChange change;
    change.effectiveFrom = m_from->date();
    if (!qFuzzyCompare(m_fee->value() + 1, m_oldFee + 1))
        change.weeklyFee = m_fee->value();
    if (!qFuzzyCompare(m_extras->value() + 1, m_oldExtras + 1))
        change.extras = m_extras->value();
    change.extrasNote = m_extrasNote->text().trimmed();
    if (!m_outcome->text().trimmed().isEmpty())
        change.addOutcomes << core::ContractOutcome{0, m_outcome->text().trimmed(),
                                                    m_measure->text().trimmed(), 0};
    change.changeNote = m_why->text().trimmed();
    auto version = desk().contracts().change(placementId(), change);
    if (!version)
        return version.error();
    m_version = version.value();
    return {};
}

} // namespace pd::ui
