// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/matching/matchingpages.h"

#include "core/services/desk.h"

#include "ui/matching/matchresultspanel.h"
#include "ui/matching/offerspanel.h"
#include "ui/referrals/referralwindow.h"

namespace pd::ui {

void attachMatchingPages(ReferralWindow* window, core::Desk& desk, qint64 referralId) {
    if (!referralId || window->findChild<MatchResultsPanel*>())
        return; // a new referral has them once saved, and only once
    auto* matches = new MatchResultsPanel(desk, referralId, window);
    auto* offers = new OffersPanel(desk, referralId, window);
    window->addPage(matches, QObject::tr("&Matches"));
    window->addPage(offers, QObject::tr("O&ffers"));
    QObject::connect(offers, &OffersPanel::changed, window, &ReferralWindow::refreshWorkflow);
    // An offer from a candidate: the offer form with that home chosen, then the Offers page.
    QObject::connect(matches, &MatchResultsPanel::offerRequested, offers,
                     [window, offers](qint64 provisionId, double fee, double extras) {
                         window->showPage(offers);
                         offers->openOfferForm(provisionId, fee, extras);
                     });
}

} // namespace pd::ui
