// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace pd::core {

/// What the funnel needs to know about one referral.
struct FunnelReferral {
    qint64 id = 0;
    QString reference;
    QDate received;
    bool emergency = false;
    QDate placed; ///< start of the first placement made through it; null if none
    bool placedInHouse = false;
    int offersMeetingEssentials = 0; ///< the "choice" the social worker had
};

} // namespace pd::core
