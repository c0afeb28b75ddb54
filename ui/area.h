// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace pd::core {
class Desk;
}

namespace pd::ui {

/// One of the team's areas (a main-window tab). It reads through core services only.
///
/// An area behind another tab of a window on screen does not read until it comes to the front
/// (reload()): opening a large file reads only what the officer is looking at.
class Area : public QWidget {
    Q_OBJECT
  public:
    using QWidget::QWidget;

    /// The open database's services every area works through; null when none is open. Not owned.
    virtual void setDesk(core::Desk* desk) {
        m_desk = desk;
        reload();
    }
    /// Re-reads what the area shows (after a change or File › Open).
    virtual void refresh() = 0;
    /// Re-reads now when the area can be seen (or its window is not on screen: tests, printing),
    /// else as soon as it is shown.
    void reload();
    /// Whether the area has a reload waiting for it to be shown.
    bool stale() const { return m_stale; }

  signals:
    /// A read off the GUI thread began (what it reads, e.g. "Reading referrals…") or ended (empty):
    /// the main window shows a busy bar meanwhile.
    void reading(const QString& what);

  protected:
    core::Desk* desk() const { return m_desk; }
    /// Whether long reads go off the GUI thread (BackgroundRead): when the window is on screen.
    /// Otherwise (tests, a window never shown) they run at once, so what is read is there on return.
    bool readsInBackground() const { return window()->isVisible(); }
    void showEvent(QShowEvent* event) override;

  private:
    core::Desk* m_desk = nullptr;
    bool m_stale = false;
};

} // namespace pd::ui
