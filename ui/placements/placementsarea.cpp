// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/placements/placementsarea.h"

#include "core/services/desk.h"
#include "ui/placements/overviewtable.h"

#include <QVBoxLayout>

namespace pd::ui {

PlacementsArea::PlacementsArea(QWidget* parent)
    : Area(parent), m_table(new OverviewTable(tr("Search current placements (child, category)…"), this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
}

void PlacementsArea::refresh() {
    if (!desk()) {
        m_table->setSnapshot({});
        return;
    }
    auto rows = desk()->dashboard().placementOverview();
    if (rows)
        m_table->setSnapshot(std::move(rows.value()));
    else
        m_table->showError(rows.error().message);
}

} // namespace pd::ui
