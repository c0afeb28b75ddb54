// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mywork/myworkarea.h"

#include "core/services/desk.h"
#include "ui/models/worklistmodel.h"
#include "ui/widgets/keepplace.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::ui {

MyWorkArea::MyWorkArea(QWidget* parent)
    : Area(parent), m_summary(new QLabel(this)), m_view(new QTableView(this)),
      m_model(new WorkListModel(this)) {
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_view->setModel(m_model);
    KeepPlace::attach(m_view, {int(WorkListModel::Role::Record), int(WorkListModel::Role::Id)});
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(WorkListModel::Why, QHeaderView::Stretch);
    m_view->setAccessibleName(tr("My work"));
    m_view->setAccessibleDescription(tr("What you have to do, overdue first. Enter opens the record."));
    connect(m_view, &QTableView::activated, this, &MyWorkArea::open);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
}

void MyWorkArea::refresh() {
    if (!desk()) {
        m_read.forget();
        m_model->setItems({});
        m_summary->setText(tr("No database open."));
        return;
    }
    auto user = desk()->team().current();
    if (!user) {
        m_summary->setText(user.error().message);
        return;
    }
    const QDate today = QDate::currentDate();
    const auto read = [user = user.value(), today](core::Desk& d) -> core::Result<QList<core::WorkItem>> {
        core::WorkInputs in;
        in.user = user;
        in.today = today;
        auto referrals = d.referrals().list();
        if (!referrals)
            return referrals.error();
        in.referrals = std::move(referrals.value());
        if (user.role != core::Role::SocialWorker) {
            auto reviews = d.reviews().due();
            if (!reviews)
                return reviews.error();
            in.reviews = std::move(reviews.value());
        }
        if (user.role == core::Role::Officer || user.role == core::Role::Admin) {
            auto invoices = d.invoices().invoices();
            if (!invoices)
                return invoices.error();
            in.invoices = std::move(invoices.value());
        }
        return core::buildWorkList(in);
    };
    if (!readsInBackground()) {
        auto items = read(*desk());
        showItems(items, user.value());
        return;
    }
    emit reading(tr("Reading your work\u2026"));
    m_read.start(desk()->path(), read, [this, u = user.value()](core::Result<QList<core::WorkItem>>& items) {
        emit reading({});
        showItems(items, u);
    });
}

void MyWorkArea::showItems(core::Result<QList<core::WorkItem>>& items, const core::User& user) {
    if (!items) {
        m_summary->setText(tr("Your work could not be read: %1").arg(items.error().message));
        return;
    }
    int overdue = 0;
    for (const core::WorkItem& w : items.value())
        overdue += w.overdue ? 1 : 0;
    const QString who = user.displayName.isEmpty() ? user.login : user.displayName;
    m_summary->setText(items->isEmpty()
                           ? tr("%1 (%2): nothing waiting for you.").arg(who, core::label(user.role))
                           : tr("%1 (%2): %3 thing(s) to do, %4 overdue. Enter or double-click opens one.")
                                 .arg(who, core::label(user.role))
                                 .arg(items->size())
                                 .arg(overdue));
    m_model->setItems(std::move(items.value()));
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setSectionResizeMode(WorkListModel::Why, QHeaderView::Stretch);
}

void MyWorkArea::open(const QModelIndex& index) {
    if (!index.isValid())
        return;
    const qint64 id = index.data(int(WorkListModel::Role::Id)).toLongLong();
    switch (core::WorkRecord(index.data(int(WorkListModel::Role::Record)).toInt())) {
    case core::WorkRecord::Referral:
        emit referralActivated(id);
        break;
    case core::WorkRecord::Child:
        emit childActivated(id);
        break;
    case core::WorkRecord::Invoice:
        emit invoicesActivated(id);
        break;
    }
}

} // namespace pd::ui
