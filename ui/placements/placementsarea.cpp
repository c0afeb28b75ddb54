// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/placements/placementsarea.h"

#include "core/services/desk.h"
#include "ui/models/placementlistmodel.h"
#include "ui/widgets/keepplace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::ui {

PlacementsArea::PlacementsArea(QWidget* parent)
    : Area(parent), m_search(new QLineEdit(this)), m_count(new QLabel(this)), m_view(new QTableView(this)),
      m_model(new PlacementListModel(this)), m_proxy(new QSortFilterProxyModel(this)) {
    m_search->setPlaceholderText(tr("Search current placements (child, provider, home, type)…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search current placements"));
    auto* open = new QPushButton(tr("Child's &page"), this);
    open->setToolTip(tr("Open the selected child's page (Enter)"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_count);
    top->addWidget(open);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(int(PlacementListModel::Role::Sort));
    m_view->setModel(m_proxy);
    KeepPlace::attach(m_view, {int(PlacementListModel::Role::PlacementId)});
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PlacementListModel::From, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Current placements"));
    m_view->setColumnHidden(PlacementListModel::To, true);
    m_view->setColumnHidden(PlacementListModel::EndedBecause, true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        updateCount();
    });
    // Down from the search box and Enter are wired by the main window (wireAreaSearch); Ctrl+F is
    // View > Find in this area.
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid())
            emit childActivated(index.data(int(PlacementListModel::Role::ChildId)).toLongLong());
    });
    connect(open, &QPushButton::clicked, this, &PlacementsArea::openCurrent);
}

void PlacementsArea::refresh() {
    if (!desk()) {
        m_read.forget();
        m_model->setRows({}, {}, QDate::currentDate());
        updateCount();
        return;
    }
    // 60,000 current placements in a large file: read off the GUI thread when on screen.
    const auto read = [](core::Desk& d) -> core::Result<Rows> {
        auto rows = d.placements().current();
        if (!rows)
            return rows.error();
        auto due = d.reviews().due();
        if (!due)
            return due.error();
        Rows out;
        out.placements = std::move(rows.value());
        out.nextReviews.reserve(due->size());
        for (const core::ReviewDue& r : due.value())
            out.nextReviews.insert(r.placementId, r.nextDue);
        return out;
    };
    if (!readsInBackground()) {
        auto rows = read(*desk());
        showRows(rows);
        return;
    }
    emit reading(tr("Reading placements\u2026"));
    m_read.start(desk()->path(), read, [this](core::Result<Rows>& rows) {
        emit reading({});
        showRows(rows);
    });
}

void PlacementsArea::showRows(core::Result<Rows>& rows) {
    if (!rows) {
        m_model->setRows({}, {}, QDate::currentDate());
        m_count->setText(tr("Could not read the placements: %1").arg(rows.error().message));
        return;
    }
    m_model->setRows(std::move(rows->placements), std::move(rows->nextReviews), QDate::currentDate());
    m_view->resizeColumnsToContents();
    updateCount();
}

void PlacementsArea::openCurrent() {
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    emit childActivated(index.data(int(PlacementListModel::Role::ChildId)).toLongLong());
}

void PlacementsArea::updateCount() {
    m_count->setText(tr("%1 of %2 current placements").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

} // namespace pd::ui
