// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/geo.h"
#include "core/domain/provider.h"
#include "core/domain/providercontract.h"
#include "core/domain/provision.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <vector>

namespace pd::core {

// PlacementType, SexesAccepted, FrameworkStatus, OfstedRating, Skill and HouseholdMember are the
// register's (core/domain/provider.h, provision.h).

/// One vacancy with what matching needs of its provision and provider, read once per snapshot.
struct RegisterVacancy {
    qint64 vacancyId = 0;
    qint64 provisionId = 0;
    qint64 providerId = 0;
    QString providerName;
    QString provisionName;
    QString referralEmail;
    PlacementType type = PlacementType::Foster;
    int minAge = 0;
    int maxAge = 17;
    int places = 1; ///< places in this vacancy
    SexesAccepted sexes = SexesAccepted::Any;
    quint32 skills = 0; ///< skillBit()s
    QString carerEthnicity;
    QString carerReligion;
    QString carerLanguages; ///< comma-separated
    bool hasPets = false;
    bool smoking = false;
    bool hasCoordinates = false;
    Coordinates at;
    double weeklyFee = 0;
    double typicalExtras = 0;
    QString providerKind; ///< providers.kind
    QString postcode;     ///< the provision's
    QString ofstedUrn;
    FrameworkStatus framework = FrameworkStatus::Spot;
    OfstedRating ofsted = OfstedRating::None;
    int placementsWithUs = 0;     ///< this authority's placements with the provider
    int disruptions = 0;          ///< of those, ended by disruption
    int disruptionMeetings = 0;   ///< pre-disruption meetings about those placements
    qint64 availableFromDay = 0;  ///< Julian day; 0 = not known
    qint64 availableUntilDay = 0; ///< Julian day; 0 = open-ended
    int householdBegin = 0;       ///< index into RegisterSnapshot::household
    int householdCount = 0;
};

/// The register as matching reads it: vacancies plus the children already in each household, and the
/// block places of the providers with a block contract on the day (read once per snapshot).
struct RegisterSnapshot {
    std::vector<RegisterVacancy> vacancies;
    std::vector<HouseholdMember> household;
    QHash<qint64, BlockPlaces> blocks; ///< provider id -> places reserved and used
};

} // namespace pd::core
