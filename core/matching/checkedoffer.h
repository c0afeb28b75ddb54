// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/offer.h"
#include "core/domain/registervacancy.h"
#include "core/matching/scorer.h"

#include <QStringList>

namespace pd::core {

/// An offer checked against the referral's essential criteria (the matching rules) and costed.
struct CheckedOffer {
    Offer offer;
    RegisterVacancy provision; ///< the provision as the rules read it
    WholeCost cost;
    double milesHome = -1;
    double milesSchool = -1;
    quint32 breaches = 0;
    QStringList reasons; ///< why it fails an essential criterion
    QList<ScoreLine> explanation;
    int score = 0;
    bool meetsEssential() const { return breaches == 0; }
};

} // namespace pd::core
