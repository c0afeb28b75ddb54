// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace pd::core {
class Desk;
}

namespace pd::ui {

/// One of the team's areas (a main-window tab). It reads through core services only.
class Area : public QWidget {
    Q_OBJECT
  public:
    using QWidget::QWidget;

    /// The open database's services every area works through; null when none is open. Not owned.
    virtual void setDesk(core::Desk* desk) {
        m_desk = desk;
        refresh();
    }
    /// Re-reads what the area shows (after a change or File › Open).
    virtual void refresh() = 0;

  protected:
    core::Desk* desk() const { return m_desk; }

  private:
    core::Desk* m_desk = nullptr;
};

} // namespace pd::ui
