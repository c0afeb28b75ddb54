// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/geo.h"
#include "core/domain/provider.h"
#include "core/domain/provision.h"

#include <QDate>
#include <optional>

namespace pd::core {

/// One line of the provider register: a provision with its provider (or a provider that
/// has no provision yet, with provisionId 0).
struct RegisterRow {
    qint64 providerId = 0;
    QString providerName;
    ProviderKind kind = ProviderKind::Ifa;
    FrameworkStatus frameworkStatus = FrameworkStatus::Spot;
    OfstedRating rating = OfstedRating::None;
    QString ofstedUrn;
    qint64 provisionId = 0;
    QString provisionCode;
    QString provisionName;
    PlacementType type = PlacementType::Foster;
    int minAge = 0;
    int maxAge = 0;
    int places = 0;
    QStringList skills;
    QString postcode;                    ///< the provision's, else the provider's
    std::optional<Coordinates> location; ///< unknown when the postcode is not in the table
    double weeklyFee = 0;
    int vacantPlacesNow = 0; ///< places in vacancies open on the register's day
    QDate nextVacancy;       ///< earliest open or future vacancy
};

/// The register's filters; unset ones let everything through.
struct RegisterCriteria {
    std::optional<ProviderKind> kind;
    std::optional<FrameworkStatus> frameworkStatus;
    std::optional<OfstedRating> rating;
    QString skill;
    bool vacancyNow = false;
    std::optional<Coordinates> origin; ///< with maxMiles: only rows with a known location that near
    double maxMiles = 0;
    QString text; ///< in provider, provision, URN or postcode

    bool matches(const RegisterRow& row) const;
};

} // namespace pd::core
