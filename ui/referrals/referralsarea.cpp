// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/referrals/referralsarea.h"

#include "core/services/desk.h"
#include "ui/matching/matchingpages.h"
#include "ui/models/referralfilterproxy.h"
#include "ui/models/referrallistmodel.h"
#include "ui/referrals/referralwindow.h"
#include "ui/team/usersdialog.h"
#include "ui/widgets/keepplace.h"
#include "ui/widgets/permissiongate.h"
#include "ui/widgets/searchkeys.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::ui {

ReferralsArea::ReferralsArea(QWidget* parent)
    : Area(parent), m_model(new ReferralListModel(this)), m_proxy(new ReferralFilterProxy(this)),
      m_view(new QTableView(this)), m_search(new QLineEdit(this)), m_state(new QComboBox(this)),
      m_urgency(new QComboBox(this)), m_officer(new QComboBox(this)),
      m_openOnly(new QCheckBox(tr("Open only"), this)),
      m_newReferral(new QPushButton(tr("&New referral"), this)),
      m_users(new QPushButton(tr("Users and roles\u2026"), this)), m_counts(new QLabel(this)),
      m_message(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_search->setPlaceholderText(tr("Search: reference, child, officer, social worker (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search referrals"));
    m_view->setAccessibleName(tr("Referrals"));
    m_state->addItem(tr("Every state"));
    for (core::ReferralState s : core::all<core::ReferralState>())
        m_state->addItem(core::label(s), int(s));
    m_urgency->addItem(tr("Any urgency"), int(ReferralFilterProxy::Urgency::Any));
    m_urgency->addItem(tr("Emergency"), int(ReferralFilterProxy::Urgency::Emergency));
    m_urgency->addItem(tr("Needed today"), int(ReferralFilterProxy::Urgency::Today));
    m_urgency->addItem(tr("In less than 5 days"), int(ReferralFilterProxy::Urgency::WithinFiveDays));
    m_urgency->addItem(tr("In more than 5 days"), int(ReferralFilterProxy::Urgency::Later));
    m_officer->addItem(tr("Every officer"));
    m_openOnly->setChecked(true);
    m_proxy->setHideFinished(true);
    bar->addWidget(m_newReferral);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_state);
    bar->addWidget(m_urgency);
    bar->addWidget(m_officer);
    bar->addWidget(m_openOnly);
    bar->addWidget(m_users);
    layout->addLayout(bar);
    m_counts->setTextFormat(Qt::RichText);
    m_counts->setWordWrap(true);
    layout->addWidget(m_counts);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    KeepPlace::attach(m_view, {int(ReferralListModel::Role::Id)}); // a colleague's save keeps the row
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ReferralListModel::Received, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setSectionResizeMode(ReferralListModel::Children, QHeaderView::Stretch);
    m_view->setToolTip(tr("Enter or double-click opens the referral."));
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setSearchText(text);
        updateCounts();
    });
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant v = m_state->currentData();
        m_proxy->setStateFilter(v.isValid() ? std::optional(core::ReferralState(v.toInt())) : std::nullopt);
        updateCounts();
    });
    connect(m_urgency, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setUrgencyFilter(ReferralFilterProxy::Urgency(m_urgency->currentData().toInt()));
        updateCounts();
    });
    connect(m_officer, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setOfficerFilter(m_officer->currentIndex() > 0 ? m_officer->currentText() : QString());
        updateCounts();
    });
    connect(m_openOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setHideFinished(on);
        updateCounts();
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        openReferral(index.data(int(ReferralListModel::Role::Id)).toLongLong());
    });
    connect(m_newReferral, &QPushButton::clicked, this, [this] { openReferral(0); });
    connect(m_users, &QPushButton::clicked, this, [this] {
        UsersDialog dialog(desk(), this);
        dialog.exec();
    });
    // Ctrl+F is the main window's (every area's search); Down and Enter go from here to the list.
    wireSearchKeys(m_search, m_view);
}

void ReferralsArea::setDesk(core::Desk* desk) {
    for (const QPointer<ReferralWindow>& w : std::as_const(m_windows))
        if (w)
            w->deleteLater();
    m_windows.clear();
    QString problem;
    if (desk) // the login becomes a user: the first of a new database is its admin
        if (auto user = desk->team().signIn(); !user)
            problem = user.error().message;
    Area::setDesk(desk);
    if (!problem.isEmpty()) {
        m_message->setText(problem);
        m_message->show();
    }
}

void ReferralsArea::refresh() {
    m_message->hide();
    if (!desk()) {
        m_read.forget();
        m_model->setRows({});
        updateCounts();
        return;
    }
    gateWidget(m_newReferral, desk(), core::Operation::EditReferral);
    gateWidget(m_users, desk(), core::Operation::ManageUsers);
    const auto list = [](core::Desk& d) { return d.referrals().list(); };
    if (!readsInBackground()) {
        auto rows = list(*desk());
        showRows(rows);
        return;
    }
    emit reading(tr("Reading referrals\u2026"));
    m_read.start(desk()->path(), list, [this](core::Result<QList<core::ReferralListRow>>& rows) {
        emit reading({});
        showRows(rows);
    });
}

void ReferralsArea::showRows(core::Result<QList<core::ReferralListRow>>& rows) {
    if (!rows) {
        m_message->setText(rows.error().message);
        m_message->show();
        return;
    }
    m_model->setRows(std::move(rows.value()));
    updateOfficers();
    updateCounts();
    m_view->resizeColumnsToContents();
}

void ReferralsArea::updateOfficers() {
    const QString current = m_officer->currentIndex() > 0 ? m_officer->currentText() : QString();
    QStringList officers;
    for (const core::ReferralListRow& r : m_model->rows())
        if (!r.officer.isEmpty() && !officers.contains(r.officer))
            officers << r.officer;
    officers.sort();
    QSignalBlocker block(m_officer);
    while (m_officer->count() > 1)
        m_officer->removeItem(1);
    m_officer->addItems(officers);
    m_officer->setCurrentIndex(std::max(0, m_officer->findText(current)));
}

void ReferralsArea::updateCounts() {
    const auto counts = m_proxy->countsPerState();
    QStringList parts;
    int total = 0;
    for (core::ReferralState s : core::all<core::ReferralState>()) {
        const int n = counts.value(s);
        total += n;
        if (n)
            parts << tr("%1 <b>%2</b>").arg(core::label(s).toHtmlEscaped()).arg(n);
    }
    m_counts->setText(
        total ? tr("Showing %1 of %2 \u2014 %3")
                    .arg(m_proxy->rowCount())
                    .arg(m_model->rowCount())
                    .arg(parts.join(QStringLiteral(" \u00b7 ")))
              : tr("No referrals match. Clear the search or the filters, or add a new referral."));
}

void ReferralsArea::noticeChange() {
    for (const QPointer<ReferralWindow>& w : std::as_const(m_windows))
        if (w)
            w->noticeChange();
}

ReferralWindow* ReferralsArea::openReferral(qint64 referralId) {
    if (!desk())
        return nullptr;
    if (referralId && m_windows.value(referralId)) {
        ReferralWindow* w = m_windows.value(referralId);
        w->raise();
        w->activateWindow();
        return w;
    }
    auto* window = new ReferralWindow(desk(), referralId, this);
    attachMatchingPages(window, *desk(), referralId);
    connect(window, &ReferralWindow::childActivated, this, &ReferralsArea::childActivated);
    connect(window, &ReferralWindow::saved, this, [this, window](qint64 id) {
        m_windows.insert(id, window);
        attachMatchingPages(window, *desk(), id); // a new referral's first save
        refresh();
        emit savedHere();
    });
    if (referralId)
        m_windows.insert(referralId, window);
    window->show();
    return window;
}

} // namespace pd::ui
