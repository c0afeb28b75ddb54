// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/placementcategory.h"

#include <QCoreApplication>

namespace pd::core {

PlacementCategory categoryOf(const QString& place, const QString& placeProvider) {
    const QString p = place.trimmed().toUpper();
    const QString pr = placeProvider.trimmed().toUpper();
    if (p == u"U1" || p == u"U2" || p == u"U3")
        return PlacementCategory::KinshipFoster;
    if (p == u"U4" || p == u"U5" || p == u"U6") {
        if (pr == u"PR1")
            return PlacementCategory::InHouseFoster;
        if (pr == u"PR4" || pr == u"PR5")
            return PlacementCategory::Ifa;
        return PlacementCategory::Other; // another authority or public body
    }
    if (p == u"K1" || p == u"K2" || p == u"R1" || p == u"S1")
        return pr == u"PR1" ? PlacementCategory::InHouseResidential
                            : PlacementCategory::IndependentResidential;
    if (p == u"R2" || p == u"R5")
        return PlacementCategory::IndependentResidential;
    if (p == u"H5" || p == u"P2" || p == u"P3")
        return PlacementCategory::SupportedAccommodation;
    if (p == u"R3")
        return PlacementCategory::ParentAndChild;
    return PlacementCategory::Other;
}

QString categoryKey(PlacementCategory category) {
    switch (category) {
    case PlacementCategory::InHouseFoster:
        return QStringLiteral("in_house_foster");
    case PlacementCategory::KinshipFoster:
        return QStringLiteral("kinship_foster");
    case PlacementCategory::Ifa:
        return QStringLiteral("ifa");
    case PlacementCategory::InHouseResidential:
        return QStringLiteral("in_house_residential");
    case PlacementCategory::IndependentResidential:
        return QStringLiteral("independent_residential");
    case PlacementCategory::SupportedAccommodation:
        return QStringLiteral("supported_accommodation");
    case PlacementCategory::ParentAndChild:
        return QStringLiteral("parent_and_child");
    case PlacementCategory::Other:
        break;
    }
    return QStringLiteral("other");
}

PlacementCategory categoryFromKey(const QString& key) {
    for (PlacementCategory c : kPlacementCategories)
        if (categoryKey(c) == key)
            return c;
    return PlacementCategory::Other;
}

QString categoryLabel(PlacementCategory category) {
    switch (category) {
    case PlacementCategory::InHouseFoster:
        return QCoreApplication::translate("pd", "In-house foster");
    case PlacementCategory::KinshipFoster:
        return QCoreApplication::translate("pd", "Kinship foster");
    case PlacementCategory::Ifa:
        return QCoreApplication::translate("pd", "IFA");
    case PlacementCategory::InHouseResidential:
        return QCoreApplication::translate("pd", "In-house residential");
    case PlacementCategory::IndependentResidential:
        return QCoreApplication::translate("pd", "Independent residential");
    case PlacementCategory::SupportedAccommodation:
        return QCoreApplication::translate("pd", "Supported accommodation");
    case PlacementCategory::ParentAndChild:
        return QCoreApplication::translate("pd", "Parent and child");
    case PlacementCategory::Other:
        break;
    }
    return QCoreApplication::translate("pd", "Other");
}

bool isInHouse(PlacementCategory category) {
    return category == PlacementCategory::InHouseFoster || category == PlacementCategory::InHouseResidential;
}

} // namespace pd::core
