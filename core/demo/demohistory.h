// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/demo/democontext.h"

namespace pd::core {

/// One placement (one carer or setting) in a child's care history, before it is cut into
/// SSDA903 episodes.
struct DemoStint {
    QString category;
    QString place;         ///< PLACE code
    QString placeProvider; ///< PR0..PR5
    QString urn;
    QString postcode;
    qint64 provisionId = 0;
    double weeklyCost = 0;
    double firstQuotedFee = 0; ///< what an independent provider first asked (0 = not recorded)
    QDate start;
    QDate end; ///< null while the child is still there
};

/// A child's legal status from a date onwards.
struct DemoLegalStatus {
    QDate from;
    QString code;
};

/// What a child's history needs to be written as episodes.
struct DemoHistory {
    qint64 childId = 0;
    QVariant homePostcode; ///< null when unknown
    QString cin;
    QDate careStart;
    QString reasonEnd;            ///< REC of the last episode when the child left care
    QList<DemoStint> stints;      ///< in date order, each starting the day the previous ended
    QList<DemoLegalStatus> legal; ///< in date order, the first on or before careStart
};

/// Declares the placements columns (once, before writeDemoHistory).
void defineDemoPlacements(DemoContext& c);
/// Cuts the stints into episodes (legal-status changes, same-carer changes, temporary
/// placements) and writes them as placements rows; adds their cost to c.spend.
Status writeDemoHistory(DemoContext& c, const DemoHistory& history);

} // namespace pd::core
