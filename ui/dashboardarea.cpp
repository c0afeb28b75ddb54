// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboardarea.h"

#include "core/storage/overviewqueries.h"
#include "ui/overviewtable.h"

#include <QVBoxLayout>

namespace pd::ui {

DashboardArea::DashboardArea(QWidget* parent) : Area(parent), m_table(new OverviewTable(tr("Filter measures…"), this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
}

void DashboardArea::refresh()
{
    if (!database()) {
        m_table->setSnapshot({});
        return;
    }
    auto rows = core::dashboardOverview(*database());
    if (rows)
        m_table->setSnapshot(std::move(rows.value()));
    else
        m_table->showError(rows.error().message);
}

} // namespace pd::ui
