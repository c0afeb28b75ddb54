// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/changewatch.h"

#include "core/services/desk.h"

#include <QApplication>

namespace pd::ui {

ChangeWatch::ChangeWatch(QObject* parent) : QObject(parent) {
    m_timer.setInterval(2000);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatch::checkNow);
}

void ChangeWatch::setDesk(core::Desk* desk) {
    m_desk = desk;
    m_stamp = -1;
    if (!desk) {
        m_timer.stop();
        return;
    }
    if (auto stamp = desk->changeStamp())
        m_stamp = stamp.value();
    m_timer.start();
}

void ChangeWatch::setInterval(int milliseconds) {
    m_timer.setInterval(milliseconds);
}

void ChangeWatch::checkNow() {
    // Not under an open dialog: re-reading could replace the screen the dialog was opened from.
    if (!m_desk || QApplication::activeModalWidget())
        return;
    auto stamp = m_desk->changeStamp();
    if (!stamp) // a file briefly locked by a colleague's save: the next look will tell
        return;
    if (stamp.value() == m_stamp)
        return;
    m_stamp = stamp.value();
    emit changed();
}

} // namespace pd::ui
