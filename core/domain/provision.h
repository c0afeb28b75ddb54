// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/household.h"
#include "core/domain/skill.h"
#include "core/domain/vocabulary.h"
#include "core/result.h"

#include <QStringList>

namespace pd::core {

enum class PlacementType { Foster, Residential, Supported };
enum class SexesAccepted { Any, Male, Female };

template <> struct Vocabulary<PlacementType> {
    static constexpr Term<PlacementType> terms[] = {
        {PlacementType::Foster, "foster", "Foster"},
        {PlacementType::Residential, "residential", "Residential"},
        {PlacementType::Supported, "supported", "Supported"},
    };
};
/// Which sexes a provision is approved for; an empty code in a file means any.
template <> struct Vocabulary<SexesAccepted> {
    static constexpr Term<SexesAccepted> terms[] = {
        {SexesAccepted::Any, "any", "Any"},
        {SexesAccepted::Male, "male", "Boys"},
        {SexesAccepted::Female, "female", "Girls"},
    };
};

/// A foster household or a home/setting run by a provider.
struct Provision {
    qint64 id = 0;
    qint64 rowVersion = 0;
    qint64 providerId = 0;
    QString code; ///< stable key, unique within the provider (files link vacancies by it);
                  ///< saved empty, it becomes "P" + the provision's id
    QString name;
    PlacementType type = PlacementType::Foster;
    int minAge = 0;
    int maxAge = 17;
    int places = 1;
    SexesAccepted sexes = SexesAccepted::Any;
    QStringList skills; ///< Skill codes
    QString carerEthnicity;
    QString carerReligion;
    QStringList carerLanguages;
    bool hasPets = false;
    bool smoking = false;
    QString postcode;
    double weeklyFee = 0;
    double typicalExtras = 0;
    QString qualityNotes;
    bool active = true;
    QList<HouseholdMember> household;

    Status validate() const;
};

} // namespace pd::core
