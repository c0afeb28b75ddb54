// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

/// Stored codes (0001 schema) and the words the team reads, for each enum.
QString code(ProviderKind kind);
QString code(FrameworkStatus status);
QString code(OfstedRating rating);
QString label(ProviderKind kind);
QString label(FrameworkStatus status);
QString label(OfstedRating rating);
std::optional<ProviderKind> providerKindFromCode(const QString& code);
std::optional<FrameworkStatus> frameworkStatusFromCode(const QString& code);
/// Empty text is OfstedRating::None.
std::optional<OfstedRating> ofstedRatingFromCode(const QString& code);
QList<ProviderKind> allProviderKinds();
QList<FrameworkStatus> allFrameworkStatuses();
QList<OfstedRating> allOfstedRatings();

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
