// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace pd::core {

/// One stored step of a referral's history (referral_transitions).
struct ReferralTransition {
    qint64 id = 0;
    qint64 referralId = 0;
    QDateTime at;
    QString who;
    QString event;     ///< workflow event name, e.g. "panelApprove"
    QString fromState; ///< state name, empty for the first step
    QString toState;
    QString comment;
};

} // namespace pd::core
