// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/matching/offerspanel.h"

#include "core/services/desk.h"
#include "ui/matching/choicedialog.h"
#include "ui/matching/decisiondialog.h"
#include "ui/matching/newhomedialog.h"
#include "ui/matching/offerdialog.h"
#include "ui/matching/optionspaperdialog.h"
#include "ui/matching/senddialog.h"
#include "ui/models/offersmodel.h"
#include "ui/widgets/permissiongate.h"

#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::ui {

OffersPanel::OffersPanel(core::Desk& desk, qint64 referralId, QWidget* parent)
    : QWidget(parent), m_desk(desk), m_referralId(referralId), m_summary(new QLabel(this)),
      m_model(new OffersModel(this)), m_table(new QTableView(this)) {
    auto* layout = new QVBoxLayout(this);
    auto* buttons = new QHBoxLayout;
    // Letters no tab or field of the referral window takes while this page is in front.
    auto* send = new QPushButton(tr("Send to p&roviders…"), this);
    auto* record = new QPushButton(tr("Record &offer…"), this);
    auto* options = new QPushButton(tr("Options &paper…"), this);
    auto* choose = new QPushButton(tr("Social &worker's choice…"), this);
    auto* decide = new QPushButton(tr("Permission to p&lace…"), this);
    auto* newHome = new QPushButton(tr("Your new home…"), this);
    newHome->setToolTip(tr("The child's profile of the home in the selected offer (none selected: the "
                           "accepted, else the chosen offer)"));
    // Who may take each step (core/domain/permissions): the others see why in the tooltip.
    gateWidget(send, &m_desk, core::Operation::SendReferral);
    gateWidget(record, &m_desk, core::Operation::RecordOffer);
    gateWidget(options, &m_desk, core::Operation::PresentOptions);
    gateWidget(choose, &m_desk, core::Operation::RecordChoice);
    gateWidget(decide, &m_desk, core::Operation::PermissionToPlace);
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(send);
    buttons->addWidget(record);
    buttons->addWidget(options);
    buttons->addWidget(choose);
    buttons->addWidget(decide);
    buttons->addWidget(newHome);
    layout->addLayout(buttons);
    layout->addWidget(m_table);
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->setAccessibleName(tr("Offers"));
    connect(send, &QPushButton::clicked, this, [this] {
        SendDialog dialog(m_desk, m_referralId, this);
        if (dialog.exec() == QDialog::Accepted)
            emit changed();
    });
    connect(record, &QPushButton::clicked, this, [this] { openOfferForm(); });
    connect(options, &QPushButton::clicked, this, &OffersPanel::openOptionsPaper);
    connect(choose, &QPushButton::clicked, this, [this] {
        ChoiceDialog dialog(m_desk, m_referralId, this);
        if (dialog.exec() == QDialog::Accepted) {
            refresh();
            emit changed();
        }
    });
    connect(decide, &QPushButton::clicked, this, &OffersPanel::openDecision);
    connect(newHome, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        NewHomeDialog dialog(
            m_desk, m_referralId,
            current.isValid() ? current.data(int(OffersModel::Role::OfferId)).toLongLong() : 0, this);
        dialog.exec();
    });
    refresh();
}

void OffersPanel::refresh() {
    auto offers = m_desk.offers().offers(m_referralId);
    if (!offers) {
        m_summary->setText(offers.error().message);
        return;
    }
    m_model->setOffers(offers.value());
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    m_summary->setText(tr("%1 offer(s); %2 meet every essential criterion.")
                           .arg(m_model->rowCount())
                           .arg(m_model->compliant()));
}

const QList<core::CheckedOffer>& OffersPanel::offers() const {
    return m_model->offers();
}

core::Result<qint64> OffersPanel::recordOffer(const core::Offer& offer) {
    core::Offer o = offer;
    o.referralId = m_referralId;
    auto id = m_desk.offers().record(o);
    if (id) {
        refresh();
        emit changed();
    }
    return id;
}

void OffersPanel::openOfferForm(qint64 provisionId, double weeklyFee, double extras) {
    OfferDialog dialog(m_desk, m_referralId, this);
    if (provisionId)
        dialog.chooseProvision(provisionId, weeklyFee, extras);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    emit changed();
}

void OffersPanel::openOptionsPaper() {
    OptionsPaperDialog dialog(m_desk, m_referralId, this);
    if (dialog.exec() == QDialog::Accepted) { // presented: the state moved on (the heading follows)
        refresh();
        emit changed();
    }
}

void OffersPanel::openDecision() {
    DecisionDialog dialog(m_desk, m_referralId, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        emit changed();
    }
}

} // namespace pd::ui
