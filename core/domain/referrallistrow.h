// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/referral.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace pd::core {

/// What the referral list shows for one referral (the indexed columns and the children's names).
struct ReferralListRow {
    qint64 id = 0;
    QString reference;
    ReferralState state = ReferralState::Draft;
    bool emergency = false;
    QString neededBy;
    QDate neededByDate;
    QString officer;
    QString socialWorker;
    QDateTime receivedAt;
    QString children; ///< "Amy Example, Ben Example"
};

} // namespace pd::core
