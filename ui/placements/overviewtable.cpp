// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/placements/overviewtable.h"

#include "ui/models/tablesnapshotmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::ui {

OverviewTable::OverviewTable(const QString& searchPlaceholder, QWidget* parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_count(new QLabel(this)), m_view(new QTableView(this)),
      m_model(new TableSnapshotModel(this)), m_proxy(new QSortFilterProxyModel(this)) {
    m_search->setPlaceholderText(searchPlaceholder);
    m_search->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(Qt::EditRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);

    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        updateCount();
    });
}

void OverviewTable::setSnapshot(core::TableSnapshot snapshot) {
    m_model->setSnapshot(std::move(snapshot));
    m_view->resizeColumnsToContents();
    updateCount();
}

void OverviewTable::showError(const QString& message) {
    m_model->setSnapshot({});
    m_count->setText(message);
}

int OverviewTable::visibleRows() const {
    return m_proxy->rowCount();
}

void OverviewTable::updateCount() {
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    m_count->setText(shown == all ? tr("%n row(s)", nullptr, all) : tr("%1 of %2 rows").arg(shown).arg(all));
}

} // namespace pd::ui
