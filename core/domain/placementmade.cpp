// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/placementmade.h"

#include "core/domain/geo.h"
#include "core/domain/placementcategory.h"

#include <cmath>

namespace pd::core {

namespace {

QString standardType(const PlacementRecord& p) {
    switch (categoryFromKey(p.category)) {
    case PlacementCategory::InHouseFoster:
    case PlacementCategory::KinshipFoster:
    case PlacementCategory::Ifa:
        return QStringLiteral("Foster");
    case PlacementCategory::SupportedAccommodation:
        return QStringLiteral("Supported Accommodation");
    default:
        return QStringLiteral("Residential"); // homes, schools, parent-and-child centres
    }
}

// The distance the referral asked for (an essential, else a desirable maxDistanceMiles), else 20 miles.
double wantedMiles(const Referral& r) {
    for (const QList<Criterion>* list : {&r.essentialCriteria, &r.desirableCriteria})
        for (const Criterion& c : *list)
            if (c.kind == u"maxDistanceMiles" && c.value.toDouble() > 0)
                return c.value.toDouble();
    return kLocalMiles;
}

} // namespace

void recordPlacementMade(Referral& r, const PlacementMade& made) {
    if (made.placements.isEmpty())
        return;
    const PlacementRecord& first = made.placements.first();
    r.actualPlacementType = standardType(first);
    r.actualTotalWeeklyCost = first.weeklyCost ? int(std::lround(*first.weeklyCost)) : 0;
    r.actualPlacementLocation = first.placementPostcode;
    // Unknown distances are not claimed: false until both postcodes are in the postcode table.
    r.actualPreferabilityLocation = made.milesFromHome && *made.milesFromHome <= wantedMiles(r);
    r.actualEducationContinuity = made.milesFromSchool && *made.milesFromSchool <= kLocalMiles;
    r.actualProviderUrn = first.urn;
    r.actualSiblingsPlacedTogether = int(made.placements.size()) - 1;
    r.referralOfficerName = made.referralOfficer;
    r.referralDate = made.referralDate;
    r.placementOfficerName = made.placedBy;
    r.placementDate = made.placedOn;
    r.costOfficerName = made.placedBy; // the agreed fee is entered with the permission
    r.costDate = made.placedOn;
}

} // namespace pd::core
