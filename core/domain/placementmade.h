// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/placementrecord.h"
#include "core/domain/referral.h"

#include <QList>
#include <optional>

namespace pd::core {

/// What Placement Desk recorded of the placement made through a referral (permission to place),
/// for the Placements Data Standard's ActualPlacement and QualityAssurance entities.
struct PlacementMade {
    QList<PlacementRecord> placements;   ///< one per child placed; the first is the first child's
    std::optional<double> milesFromHome; ///< the placement's postcode to the referral's home postcode
    std::optional<double> milesFromSchool;
    QString referralOfficer; ///< who entered the referral (its officer)
    QDate referralDate;      ///< when it was entered (received)
    QString placedBy;        ///< who gave permission to place, entering the placement and its agreed cost
    QDate placedOn;          ///< when
};

/// Sets the referral's ActualPlacement and QualityAssurance members from the placement made
/// (docs/referral-record.md lists how each field is worked out). Nothing changes when no placement
/// was made through the referral.
void recordPlacementMade(Referral& referral, const PlacementMade& made);

} // namespace pd::core
