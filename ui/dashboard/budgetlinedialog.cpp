// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/budgetlinedialog.h"

#include "core/domain/placementcategory.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace pd::ui {

BudgetLineDialog::BudgetLineDialog(QWidget* parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_category(new QComboBox(this)),
      m_message(new QLabel(this)) {
    setWindowTitle(tr("Add budget line"));
    auto* form = new QFormLayout(this);
    for (core::PlacementCategory c : core::kPlacementCategories)
        m_category->addItem(core::categoryLabel(c), core::categoryKey(c));
    m_name->setPlaceholderText(tr("e.g. IFA placements 2026/27"));
    m_name->setMinimumWidth(320);
    m_message->setStyleSheet(QStringLiteral("color: #8a1c1c;"));
    m_message->hide();
    form->addRow(tr("&Name of the line"), m_name);
    form->addRow(tr("&Pays for"), m_category);
    form->addRow(m_message);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    box->button(QDialogButtonBox::Ok)->setText(tr("Add the line"));
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, this, &BudgetLineDialog::tryAccept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString BudgetLineDialog::name() const {
    return m_name->text().trimmed();
}

QString BudgetLineDialog::category() const {
    return m_category->currentData().toString();
}

bool BudgetLineDialog::tryAccept() {
    if (name().isEmpty()) {
        m_message->setText(tr("⚠ Give the line a name, as it appears in the budget."));
        m_message->show();
        m_name->setFocus();
        return false;
    }
    accept();
    return true;
}

} // namespace pd::ui
