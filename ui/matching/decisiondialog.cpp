// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/matching/decisiondialog.h"

#include "core/reports/optionspaper.h"
#include "core/services/desk.h"
#include "core/services/offerbook.h"
#include "core/services/permissiontoplace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextDocument>

namespace pd::ui {

DecisionDialog::DecisionDialog(core::Desk& desk, qint64 referralId, QWidget* parent)
    : QDialog(parent), m_desk(desk), m_referralId(referralId), m_offer(new QComboBox(this)),
      m_fee(new QDoubleSpinBox(this)), m_start(new QDateEdit(QDate::currentDate(), this)) {
    setWindowTitle(tr("Permission to place"));
    auto* form = new QFormLayout(this);
    auto offers = desk.offers().offers(referralId);
    if (offers) {
        for (const core::CheckedOffer& o : core::OptionsPaper::compliant(offers.value()))
            m_offer->addItem(
                tr("%1 — %2 (%3 a week whole cost)")
                    .arg(o.offer.providerName, o.offer.provisionName, core::formatPounds(o.cost.total())),
                QVariantList{o.offer.id, o.offer.weeklyFee, o.offer.startDate});
    }
    m_fee->setRange(0, 50000);
    m_fee->setPrefix(QStringLiteral("£"));
    m_start->setCalendarPopup(true);
    auto sync = [this] {
        const QVariantList d = m_offer->currentData().toList();
        if (d.size() == 3) {
            m_fee->setValue(d[1].toDouble());
            if (d[2].toDate().isValid())
                m_start->setDate(d[2].toDate());
        }
    };
    connect(m_offer, &QComboBox::currentIndexChanged, this, sync);
    sync();
    form->addRow(new QLabel(tr("The social worker's choice, placed with the manager's permission. Other open "
                               "offers are declined."),
                            this));
    form->addRow(tr("Chosen option"), m_offer);
    form->addRow(tr("Agreed weekly fee"), m_fee);
    form->addRow(tr("Start date"), m_start);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    box->button(QDialogButtonBox::Ok)->setText(tr("Place"));
    form->addRow(box);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(box, &QDialogButtonBox::accepted, this, [this] {
        const qint64 id = m_offer->currentData().toList().value(0).toLongLong();
        auto placed = decide(id, m_fee->value(), m_start->date());
        if (!placed) {
            QMessageBox::warning(this, tr("Permission to place"), placed.error().message);
            return;
        }
        printContract(id, m_fee->value(), m_start->date());
        accept();
    });
}

core::Result<QList<qint64>> DecisionDialog::decide(qint64 offerId, double fee, const QDate& start) {
    return m_desk.permission().place(m_referralId, offerId, fee, start);
}

void DecisionDialog::printContract(qint64 offerId, double fee, const QDate& start) {
    auto referral = m_desk.referrals().load(m_referralId);
    auto offers = m_desk.offers().offers(m_referralId);
    if (!referral || !offers)
        return;
    for (const core::CheckedOffer& o : offers.value()) {
        if (o.offer.id != offerId)
            continue;
        auto html = core::PlacementContract::html(referral.value(), o, fee + o.offer.extras, start,
                                                  QDate::currentDate());
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
}

} // namespace pd::ui
