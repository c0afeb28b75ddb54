// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/demo/democontext.h"
#include "core/domain/referral.h"

#include <QDateTime>

namespace pd::core {

/// When each decision of a demo referral happens, and by whom (an invalid time: not taken).
struct DemoDecisions {
    qint64 referralId = 0;
    qint64 offerId = 0;   ///< the offer the social worker chooses (one that meets every essential criterion)
    double weeklyFee = 0; ///< its fee, agreed as offered
    QString officer;      ///< presents the options paper and closes the referral
    QString socialWorkerLogin; ///< records the choice
    QDateTime presentAt;       ///< OptionsReady -> AwaitingDecision
    QDateTime choiceAt;        ///< the social worker's choice
    QDateTime placeAt;         ///< the manager's permission to place (the placement starts that day)
    QDateTime closeAt;         ///< Placed -> Closed
};

/// Takes a demo referral's decisions through the real services, each as its own login at its own
/// time (Database::setClock): the options paper (OptionsPresenter), the social worker's choice with
/// the child's and family's views (SocialWorkersChoice), the manager's permission to place
/// (PermissionToPlace: the placement, the previous one ended, the vacancy used, the budget line)
/// and closing the referral (the workflow). A step the services turn down (no offer meets every
/// essential criterion after all, a child's current placement began after the start day) leaves the
/// referral where the steps before left it; any other failure is returned.
Status takeDemoDecisions(DemoContext& c, const DemoDecisions& plan);

} // namespace pd::core
