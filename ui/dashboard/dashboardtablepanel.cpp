// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/dashboardtablepanel.h"

#include "core/domain/filename.h"
#include "ui/widgets/savefolder.h"

#include "core/exchange/csvwriter.h"
#include "ui/models/tablesnapshotmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

/// Numbers as people read them: pounds whole with separators, percentages to one place.
class FigureDelegate : public QStyledItemDelegate {
  public:
    using QStyledItemDelegate::QStyledItemDelegate;
    const core::TableSnapshot* table = nullptr;

  protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        const QVariant raw = index.data(Qt::EditRole); // the model shows doubles with two places
        if (raw.typeId() != QMetaType::Double || !table)
            return;
        option->text = option->locale.toString(raw.toDouble(), 'f',
                                               core::figureDecimals(table->headers.value(index.column())));
    }
};

} // namespace

DashboardTablePanel::DashboardTablePanel(QWidget* parent)
    : QGroupBox(parent), m_view(new QTableView(this)), m_model(new TableSnapshotModel(this)),
      m_buttons(new QHBoxLayout) {
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("The records behind the figure"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setWordWrap(false);
    auto* figures = new FigureDelegate(m_view);
    figures->table = &m_table.table;
    m_view->setItemDelegate(figures);
    m_view->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    auto* exportButton = new QPushButton(tr("Export CSV…"), this);
    m_buttons->addStretch();
    m_buttons->addWidget(exportButton);
    layout->addLayout(m_buttons);
    connect(exportButton, &QPushButton::clicked, this, &DashboardTablePanel::askAndExport);
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex& i) { emit rowClicked(i.row()); });
    connect(m_view, &QTableView::doubleClicked, this,
            [this](const QModelIndex& i) { emit rowDoubleClicked(i.row()); });
}

void DashboardTablePanel::setTable(core::DashboardTable table) {
    m_table = std::move(table);
    setTitle(m_table.title);
    m_model->setSnapshot(m_table.table);
    if (m_scrolling)
        return;
    // Show every row: dashboard tables are short and the page scrolls, not the table.
    int height = m_view->horizontalHeader()->height() + 2 * m_view->frameWidth();
    for (int r = 0; r < m_model->rowCount(); ++r)
        height += m_view->rowHeight(r);
    m_view->setFixedHeight(height);
}

void DashboardTablePanel::setScrolling(bool scrolling) {
    m_scrolling = scrolling;
    m_view->setVerticalScrollBarPolicy(scrolling ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
    if (scrolling) {
        m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        m_view->horizontalHeader()->setStretchLastSection(true);
        m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        m_view->setMinimumHeight(60);
        m_view->setMaximumHeight(QWIDGETSIZE_MAX);
    }
}

QPushButton* DashboardTablePanel::addButton(const QString& text) {
    auto* button = new QPushButton(text, this);
    m_buttons->insertWidget(1, button);
    return button;
}

bool DashboardTablePanel::exportCsv(const QString& path, QString* error) const {
    auto s = core::saveTableCsv(m_table.table, path);
    if (!s && error)
        *error = s.error().message;
    return s.ok();
}

QString DashboardTablePanel::suggestedFileName() const {
    return core::fileNameFor(m_table.title, QStringLiteral("csv"));
}

void DashboardTablePanel::askAndExport() {
    // A clean name from the title, in the folder saved to last (documents the first time).
    const QString path = SaveFolder::ask(this, tr("Export %1").arg(m_table.title), suggestedFileName(),
                                         tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export not written"), error);
}

} // namespace pd::ui
