// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/matching/offerdialog.h"

#include "core/services/desk.h"
#include "ui/widgets/datefield.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace pd::ui {

OfferDialog::OfferDialog(core::Desk& desk, qint64 referralId, QWidget* parent)
    : QDialog(parent), m_desk(desk), m_referralId(referralId), m_home(new QComboBox(this)),
      m_fee(new QDoubleSpinBox(this)), m_extras(new QDoubleSpinBox(this)), m_start(new DateField(this)),
      m_notes(new QLineEdit(this)), m_error(new QLabel(this)) {
    setWindowTitle(tr("Record an offer"));
    auto* form = new QFormLayout(this);
    auto choices = desk.offers().provisionChoices();
    if (choices) {
        const QStringList labels = core::ProvisionChoice::distinctLabels(choices.value());
        for (int i = 0; i < labels.size(); ++i)
            m_home->addItem(labels[i], choices->at(i).provisionId);
    } else {
        m_error->setText(choices.error().message);
    }
    m_home->setEditable(true); // typing finds a home among hundreds
    // The start of a long name is what tells homes apart: show it, not the end.
    connect(m_home, &QComboBox::currentIndexChanged, this,
            [this] { m_home->lineEdit()->setCursorPosition(0); });
    m_home->setInsertPolicy(QComboBox::NoInsert);
    m_home->setMinimumContentsLength(60);
    m_home->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    for (QDoubleSpinBox* s : {m_fee, m_extras}) {
        s->setRange(0, 50000);
        s->setPrefix(QStringLiteral("£"));
        s->setSuffix(tr(" a week"));
    }
    m_start->setOptional(true);
    m_start->setDate(QDate::currentDate());
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #8a1c1c;"));
    auto* intro = new QLabel(tr("Each home is named with its provider, postcode and next vacancy."), this);
    intro->setWordWrap(true);
    form->addRow(intro);
    form->addRow(tr("&Home"), m_home);
    form->addRow(tr("Weekly &fee"), m_fee);
    form->addRow(tr("E&xtras"), m_extras);
    form->addRow(tr("&Start date"), m_start);
    form->addRow(tr("&Notes"), m_notes);
    form->addRow(m_error);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    box->button(QDialogButtonBox::Ok)->setText(tr("&Record the offer"));
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_home->lineEdit()->setCursorPosition(0);
    resize(820, sizeHint().height());
}

bool OfferDialog::chooseProvision(qint64 provisionId, double weeklyFee, double extras) {
    const int i = m_home->findData(provisionId);
    if (i < 0)
        return false;
    m_home->setCurrentIndex(i);
    if (weeklyFee >= 0)
        m_fee->setValue(weeklyFee);
    if (extras >= 0)
        m_extras->setValue(extras);
    return true;
}

core::Offer OfferDialog::offer() const {
    core::Offer o;
    o.referralId = m_referralId;
    const int i = m_home->findText(m_home->currentText());
    o.provisionId = i < 0 ? 0 : m_home->itemData(i).toLongLong();
    o.weeklyFee = m_fee->value();
    o.extras = m_extras->value();
    o.startDate = m_start->date();
    o.notes = m_notes->text().trimmed();
    return o;
}

QString OfferDialog::save() {
    QString problem;
    const core::Offer o = offer();
    if (!o.provisionId)
        problem = tr("Choose the home from the list (type part of its name to find it).");
    else if (!m_start->problem().isEmpty())
        problem = tr("Start date: %1").arg(m_start->problem());
    if (problem.isEmpty()) {
        auto id = m_desk.offers().record(o);
        if (id) {
            m_savedId = id.value();
            accept();
            return {};
        }
        problem = id.error().message;
    }
    m_error->setText(problem);
    return problem;
}

} // namespace pd::ui
