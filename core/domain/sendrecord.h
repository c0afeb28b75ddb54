// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace pd::core {

/// One pack sent: to whom, when, by whom, which files.
struct SendRecord {
    qint64 id = 0;
    qint64 referralId = 0;
    qint64 providerId = 0;
    QString providerName;
    QDateTime sentAt;
    QString sentBy;
    QString email;
    QString packFile;
    QString draftFile;
};

} // namespace pd::core
