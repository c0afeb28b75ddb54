// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/matching/matchingpages.h"

#include "core/services/desk.h"

#include "ui/matching/matchresultspanel.h"
#include "ui/matching/offerspanel.h"
#include "ui/referrals/referralwindow.h"

namespace pd::ui {

void attachMatchingPages(ReferralWindow* window, core::Desk& desk, qint64 referralId) {
    if (!referralId)
        return;
    auto* matches = new MatchResultsPanel(desk, referralId, window);
    auto* offers = new OffersPanel(desk, referralId, window);
    window->addPage(matches, QObject::tr("Matches"));
    window->addPage(offers, QObject::tr("Offers"));
    QObject::connect(offers, &OffersPanel::changed, window, &ReferralWindow::refreshWorkflow);
}

} // namespace pd::ui
