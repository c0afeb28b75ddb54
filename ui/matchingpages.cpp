// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/matchingpages.h"

#include "ui/matchresultspanel.h"
#include "ui/offerspanel.h"
#include "ui/referralwindow.h"

namespace pd::ui {

void attachMatchingPages(ReferralWindow* window, core::Database& db, qint64 referralId)
{
    if (!referralId)
        return;
    auto* matches = new MatchResultsPanel(db, referralId, window);
    auto* offers = new OffersPanel(db, referralId, window);
    window->addPage(matches, QObject::tr("Matches"));
    window->addPage(offers, QObject::tr("Offers"));
    QObject::connect(offers, &OffersPanel::changed, window, &ReferralWindow::refreshWorkflow);
}

} // namespace pd::ui
