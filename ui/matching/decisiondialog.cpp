// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/matching/decisiondialog.h"

#include "core/reports/optionspaper.h"
#include "core/services/desk.h"
#include "core/services/offerbook.h"
#include "core/services/permissiontoplace.h"
#include "ui/widgets/datefield.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextDocument>

namespace pd::ui {

DecisionDialog::DecisionDialog(core::Desk& desk, qint64 referralId, QWidget* parent)
    : QDialog(parent), m_desk(desk), m_referralId(referralId), m_offer(new QComboBox(this)),
      m_fee(new QDoubleSpinBox(this)), m_start(new DateField(this)), m_budgetHolder(new QLineEdit(this)),
      m_budgetHolderLabel(new QLabel(this)) {
    setWindowTitle(tr("Permission to place"));
    auto* form = new QFormLayout(this);
    auto offers = desk.offers().offers(referralId);
    auto choice = desk.choice().current(referralId);
    const qint64 chosenId = choice && choice->has_value() ? (*choice)->offerId : 0;
    if (offers) {
        for (const core::CheckedOffer& o : core::OptionsPaper::compliant(offers.value())) {
            QString label =
                tr("%1 — %2 (%3 a week whole cost)")
                    .arg(o.offer.providerName, o.offer.provisionName, core::formatPounds(o.cost.total()));
            if (o.offer.id == chosenId)
                label += tr(" — the social worker's choice");
            m_offer->addItem(label, QVariantList{o.offer.id, o.offer.weeklyFee, o.offer.startDate,
                                                 o.cost.total() - o.cost.fee});
        }
    }
    if (chosenId)
        m_offer->setCurrentIndex(
            qMax(0, m_offer->findText(tr("the social worker's choice"), Qt::MatchContains)));
    if (auto limit = desk.permission().budgetHolderLimit())
        m_limit = limit.value();
    m_fee->setRange(0, 50000);
    m_fee->setPrefix(QStringLiteral("£"));
    m_start->setOptional(false);
    m_start->setDate(QDate::currentDate());
    auto sync = [this] {
        const QVariantList d = m_offer->currentData().toList();
        if (d.size() == 4) {
            m_fee->setValue(d[1].toDouble());
            if (d[2].toDate().isValid())
                m_start->setDate(d[2].toDate());
        }
    };
    connect(m_offer, &QComboBox::currentIndexChanged, this, sync);
    sync();
    auto* intro =
        new QLabel(chosenId ? tr("The manager's permission to place the social worker's choice. The "
                                 "child's previous placement ends, the vacancy is used and the other "
                                 "open offers are declined.")
                            : tr("The social worker has not recorded a choice yet: record it first."),
                   this);
    intro->setWordWrap(true);
    form->addRow(intro);
    form->addRow(tr("C&hosen option"), m_offer);
    form->addRow(tr("Agreed weekly &fee"), m_fee);
    form->addRow(tr("&Start date"), m_start);
    // Asked only when the whole weekly cost is above the budget holder's limit.
    m_budgetHolder->setPlaceholderText(tr("login of the budget holder who approved it"));
    form->addRow(m_budgetHolderLabel, m_budgetHolder);
    auto showApproval = [this] {
        const bool above = needsBudgetHolder();
        m_budgetHolder->setVisible(above);
        m_budgetHolderLabel->setVisible(above);
        m_budgetHolderLabel->setText(tr("Above the £%1 limit: approved by").arg(m_limit, 0, 'f', 2));
    };
    connect(m_offer, &QComboBox::currentIndexChanged, this, showApproval);
    connect(m_fee, &QDoubleSpinBox::valueChanged, this, showApproval);
    showApproval();
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    box->button(QDialogButtonBox::Ok)->setText(tr("&Place"));
    form->addRow(box);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(box, &QDialogButtonBox::accepted, this, [this] {
        const qint64 id = m_offer->currentData().toList().value(0).toLongLong();
        if (const QString why = m_start->problem(); !why.isEmpty()) {
            QMessageBox::warning(this, tr("Permission to place"), tr("Start date: %1").arg(why));
            return;
        }
        auto placed = decide(id, m_fee->value(), m_start->date());
        if (!placed) {
            QMessageBox::warning(this, tr("Permission to place"), placed.error().message);
            return;
        }
        if (!placed->isEmpty())
            printContract(placed->first());
        accept();
    });
}

core::Result<QList<qint64>> DecisionDialog::decide(qint64 offerId, double fee, const QDate& start) {
    return m_desk.permission().place(m_referralId, offerId, fee, start,
                                     needsBudgetHolder() ? m_budgetHolder->text().trimmed() : QString());
}

bool DecisionDialog::needsBudgetHolder() const {
    const QVariantList d = m_offer->currentData().toList();
    const double wholeCost = d.value(3).toDouble() + m_fee->value();
    return m_limit > 0 && !d.isEmpty() && wholeCost > m_limit;
}

void DecisionDialog::printContract(qint64 placementId) {
    // The contract as stored (version 1, made with the placement): the same document the child's
    // page prints.
    auto html = m_desk.contracts().html(placementId, QDate::currentDate());
    if (!html)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Individual Placement Contract"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&html](QPrinter* p) {
        QTextDocument doc;
        doc.setHtml(html.value());
        doc.print(p);
    });
    preview.exec();
}

} // namespace pd::ui
