// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/vocabulary.h"
#include "core/result.h"

#include <QDate>
#include <QStringList>
#include <optional>

namespace pd::core {

enum class ProviderKind {
    InHouseFostering,
    InHouseHome,
    Ifa,
    ChildrensHome,
    ResidentialSchool,
    SupportedAccommodation,
    ParentAndChild
};
enum class FrameworkStatus { InHouse, SelectList, RegionalFramework, Spot, Suspended, Excluded };
enum class OfstedRating { None, Outstanding, Good, RequiresImprovement, Inadequate, NotYetInspected };

// Stored codes (0001 schema) and the words the team reads.
template <> struct Vocabulary<ProviderKind> {
    static constexpr Term<ProviderKind> terms[] = {
        {ProviderKind::InHouseFostering, "in_house_fostering", "In-house fostering service"},
        {ProviderKind::InHouseHome, "in_house_home", "In-house children's home"},
        {ProviderKind::Ifa, "ifa", "Independent fostering agency"},
        {ProviderKind::ChildrensHome, "childrens_home", "Children's home"},
        {ProviderKind::ResidentialSchool, "residential_school", "Residential school"},
        {ProviderKind::SupportedAccommodation, "supported_accommodation", "Supported accommodation"},
        {ProviderKind::ParentAndChild, "parent_and_child", "Parent and child"},
    };
};
template <> struct Vocabulary<FrameworkStatus> {
    static constexpr Term<FrameworkStatus> terms[] = {
        {FrameworkStatus::InHouse, "in_house", "In-house"},
        {FrameworkStatus::SelectList, "select_list", "Select list"},
        {FrameworkStatus::RegionalFramework, "regional_framework", "Regional framework"},
        {FrameworkStatus::Spot, "spot", "Spot purchase"},
        {FrameworkStatus::Suspended, "suspended", "Suspended"},
        {FrameworkStatus::Excluded, "excluded", "Excluded"},
    };
};
/// The empty code is OfstedRating::None.
template <> struct Vocabulary<OfstedRating> {
    static constexpr Term<OfstedRating> terms[] = {
        {OfstedRating::None, "", "No rating recorded"},
        {OfstedRating::Outstanding, "outstanding", "Outstanding"},
        {OfstedRating::Good, "good", "Good"},
        {OfstedRating::RequiresImprovement, "requires_improvement", "Requires improvement"},
        {OfstedRating::Inadequate, "inadequate", "Inadequate"},
        {OfstedRating::NotYetInspected, "not_yet_inspected", "Not yet inspected"},
    };
};

/// True for the statuses that stop new placements (suspended, excluded): they need a reason.
bool isBarred(FrameworkStatus status);

/// An organisation offering placements (DESIGN.md, "Providers, provisions and vacancies").
struct Provider {
    qint64 id = 0;
    qint64 rowVersion = 0;
    QString name;
    ProviderKind kind = ProviderKind::Ifa;
    QString ofstedUrn;
    OfstedRating rating = OfstedRating::None;
    QDate ratingDate;
    FrameworkStatus frameworkStatus = FrameworkStatus::Spot;
    std::optional<double> priceBandLower; ///< select list only
    std::optional<double> priceBandUpper;
    QString statusReason; ///< why suspended or excluded
    QDate statusDate;
    QString referralEmail;
    QString contacts;
    QString address;
    QString postcode; ///< normalised

    /// Every rule a saved provider keeps, as one sentence per broken rule joined.
    Status validate() const;
};

} // namespace pd::core
