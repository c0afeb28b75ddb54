// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/matching/matchreferral.h"
#include "core/matching/matchsettings.h"

namespace pd::core {

/// Whole weekly cost (DESIGN.md): fee + extras + school travel + contact travel, each part kept.
struct WholeCost {
    double fee = 0;
    double extras = 0;
    double schoolTravel = 0;
    double contactTravel = 0;
    double schoolMiles = -1;     ///< one way; -1 when not needed or not known
    bool schoolUnknown = false;  ///< the school place is kept but a postcode is unknown
    bool contactUnknown = false; ///< a contact journey could not be costed (postcode unknown)
    double blockPlaceFee = 0;    ///< an empty place in a block contract: its fee, already paid, not in fee

    /// The placement fills an empty place the authority already pays for in a block contract: the fee
    /// costs nothing extra, so the marginal fee is 0 (the fee is kept in blockPlaceFee to show).
    void fillBlockVoid() {
        if (fee > 0)
            blockPlaceFee = fee;
        fee = 0;
    }

    double total() const { return fee + extras + schoolTravel + contactTravel; }
    /// "£850.00 fee + £120.00 extras + £45.00 school travel + £18.00 contact travel"
    QString describe() const;

    /// Costs a placement at `at` (nullopt = provision postcode unknown).
    static WholeCost of(const MatchReferral& referral, const std::optional<Coordinates>& at, double fee,
                        double extras, const MatchSettings& settings);
};

QString formatPounds(double pounds); ///< "£1,234.50"

} // namespace pd::core
