// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/homeprofile.h"
#include "core/domain/household.h"
#include "core/domain/provision.h"

#include <QDate>
#include <QStringList>

namespace pd::core {

/// What a child's "your new home" profile says, gathered from the referral, the offer and the
/// provider's profile of the home (NewHomeProfiles::facts).
struct NewHomeFacts {
    QString firstName;
    int age = 0;
    QStringList brothersAndSisters; ///< first names of the children placed with them
    QString homeName;               ///< "Varley household", "Thistle View"
    QString providerName;
    PlacementType type = PlacementType::Foster;
    QDate moveDate;                       ///< invalid: not fixed yet
    QList<HouseholdMember> otherChildren; ///< children already living there
    bool pets = false;
    bool smoking = false;
    QStringList languages;
    QString area;              ///< the postcode's district ("RV15"), never the full postcode
    double milesFromHome = -1; ///< from where the child lives now
    bool keepSchool = false;
    QString schoolName;
    double milesToSchool = -1;
    QString socialWorker;
    QString childsWishes;   ///< the child's own words (Referral::childsWishes)
    QString newHomeMatters; ///< what matters to them about a new home, in their words
    HomeProfile profile;    ///< the provider's about text and photos
};

/// The child's "your new home" profile: plain words for the child's age (shorter sentences and a
/// larger type under 11), the provider's own words and photos, the child's words quoted back.
/// Never names the home's address or postcode, or other children.
class NewHomeProfile {
  public:
    /// today: a move date before it is not mentioned (the child has moved).
    static Result<QString> html(const NewHomeFacts& facts, const QDate& today);
    /// "a girl aged 9 and a boy aged 14" (ages and sexes only).
    static QString describeChildren(const QList<HouseholdMember>& members);
    /// About how long the school run takes by car in town (20 mph, whole 5 minutes, at least 5).
    static int minutesByCar(double miles);
};

} // namespace pd::core
