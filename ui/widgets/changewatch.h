// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace pd::core {
class Desk;
}

namespace pd::ui {

/// Notices that the open database changed — a save in this program or a colleague's on another
/// PC — by asking the Desk for its change stamp every couple of seconds (and at once after a save
/// here, checkNow()), so the screens re-read what they show and F5 is never needed.
class ChangeWatch : public QObject {
    Q_OBJECT
  public:
    explicit ChangeWatch(QObject* parent = nullptr);

    /// The database to watch (null: none); what it holds now is what the screens show.
    void setDesk(core::Desk* desk);
    /// How often to ask, in milliseconds (2,000 unless told).
    void setInterval(int milliseconds);

  public slots:
    /// Asks now: emits changed() if the database moved on since the last look (not while a dialog
    /// is open: the next look after it closes tells).
    void checkNow();

  signals:
    /// The database changed since the last look.
    void changed();

  private:
    core::Desk* m_desk = nullptr;
    qint64 m_stamp = -1;
    QTimer m_timer;
};

} // namespace pd::ui
