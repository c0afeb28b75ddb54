// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/geo.h"
#include "core/domain/referral.h"
#include "core/domain/registervacancy.h"

#include <QHash>
#include <array>
#include <optional>

namespace pd::core {

/// The referral as the matching rules read it: ages, criteria and coordinates worked out once.
struct MatchReferral {
    enum class PetsNeed { NoMatter, NoPets, MustHavePets };
    enum class Alongside { NoPreference, Solo, WithOthers, OnlyOlder, OnlyYounger };
    struct ContactLeg {
        QString with;
        double sessionsPerWeek = 0;
        std::optional<Coordinates> at;
    };

    QString reference;
    QList<int> ages;   ///< per child on the date needed (-1 unknown)
    QStringList sexes; ///< M, F per child
    int groupSize = 1;
    int youngest = -1;
    int oldest = -1;
    qint64 neededDay = 0;             ///< Julian day the placement is needed by
    std::array<bool, 3> unsuitable{}; ///< by PlacementType
    std::array<bool, 3> preferred{};
    quint32 essentialTypes = 0; ///< bit per PlacementType; 0 = any
    quint32 essentialSkills = 0;
    Alongside alongside = Alongside::NoPreference;
    bool sexualRiskToOthers = false;
    bool essentialNoOtherChildren = false;
    bool essentialNoYoungerChildren = false;
    PetsNeed pets = PetsNeed::NoMatter;
    std::optional<double> maxMiles;
    std::optional<double> maxWeeklyCost;
    QString essentialEthnicity, essentialReligion, essentialLanguage;
    bool essentialNonSmoking = false;
    bool essentialInHouse = false;
    QList<Criterion> desirable;
    QString ethnicity, religion, language; ///< of the first child, for the cultural match
    std::optional<Coordinates> home;
    std::optional<Coordinates> school;
    bool keepSchool = false;
    QList<ContactLeg> contacts;

    /// coordinates: normalised postcode -> coordinates (PostcodeDirectory::findAll); today: when
    /// the referral gives no date needed.
    static MatchReferral from(const Referral& referral, const QHash<QString, Coordinates>& coordinates,
                              const QDate& today);
    /// Every postcode the referral mentions (home, school, contact).
    static QStringList postcodesOf(const Referral& referral);
};

} // namespace pd::core
