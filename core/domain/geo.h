// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace pd::core {

struct Coordinates {
    double lat = 0;
    double lon = 0;
};

/// Earth radius used for every distance in Placement Desk (DESIGN.md, measure 3).
constexpr double kEarthRadiusMiles = 3958.8;
/// The line beyond which a placement is "distant" (school, friends and family contact).
constexpr double kLocalMiles = 20.0;

/// Straight-line (haversine) distance in miles.
double milesBetween(const Coordinates& a, const Coordinates& b);

/// "rv1  2ab" -> "RV1 2AB": upper case, one space before the three-character inward code.
/// Returns an empty string for text that cannot be a postcode.
QString normalisePostcode(const QString& text);

/// Whether text typed so far can still become a UK postcode ("RV1 2", "rv12"): for checking as
/// you type. Empty text can.
bool couldBecomePostcode(const QString& text);

/// Why text is not a UK postcode, as a sentence that says what one looks like; empty when it is
/// one (or is empty).
QString postcodeProblem(const QString& text);

} // namespace pd::core
