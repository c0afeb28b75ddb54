// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <array>

namespace pd::core {

/// The eight categories of the placement mix (DESIGN.md, measure 4).
enum class PlacementCategory {
    InHouseFoster,
    KinshipFoster,
    Ifa,
    InHouseResidential,
    IndependentResidential,
    SupportedAccommodation,
    ParentAndChild,
    Other
};

constexpr std::array<PlacementCategory, 8> kPlacementCategories{PlacementCategory::InHouseFoster,
                                                                PlacementCategory::KinshipFoster,
                                                                PlacementCategory::Ifa,
                                                                PlacementCategory::InHouseResidential,
                                                                PlacementCategory::IndependentResidential,
                                                                PlacementCategory::SupportedAccommodation,
                                                                PlacementCategory::ParentAndChild,
                                                                PlacementCategory::Other};

/// The category of an SSDA903 PLACE code with its PLACE_PROVIDER (the DESIGN.md table).
PlacementCategory categoryOf(const QString& place, const QString& placeProvider);
/// The stored/JSON key: in_house_foster, kinship_foster, ifa, ...
QString categoryKey(PlacementCategory category);
/// The key back to a category; Other for anything unknown.
PlacementCategory categoryFromKey(const QString& key);
/// A label for people: "In-house foster", "IFA", ...
QString categoryLabel(PlacementCategory category);
/// True for in-house foster and in-house residential (the council's own services).
bool isInHouse(PlacementCategory category);

} // namespace pd::core
