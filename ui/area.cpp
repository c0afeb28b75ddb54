// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/area.h"

namespace pd::ui {

void Area::reload() {
    if (window()->isVisible() && !isVisible()) {
        m_stale = true; // behind another tab: read when it comes to the front
        return;
    }
    m_stale = false;
    refresh();
}

void Area::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        refresh();
    }
}

} // namespace pd::ui
