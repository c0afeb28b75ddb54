// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/vocabulary.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace pd::core {

/// Workflow states (DESIGN.md, "The referral workflow").
enum class ReferralState {
    Draft,
    Submitted,
    AwaitingPanel,
    QualityCheck,
    Searching,
    OptionsReady,
    AwaitingDecision,
    Placed,
    Closed,
    OnHold
};
/// Codes as stored in referrals.state ("AwaitingPanel") and the words people read.
template <> struct Vocabulary<ReferralState> {
    static constexpr Term<ReferralState> terms[] = {
        {ReferralState::Draft, "Draft", "Draft"},
        {ReferralState::Submitted, "Submitted", "Submitted"},
        {ReferralState::AwaitingPanel, "AwaitingPanel", "Awaiting panel"},
        {ReferralState::QualityCheck, "QualityCheck", "Quality check"},
        {ReferralState::Searching, "Searching", "Searching"},
        {ReferralState::OptionsReady, "OptionsReady", "Options ready"},
        {ReferralState::AwaitingDecision, "AwaitingDecision", "Awaiting decision"},
        {ReferralState::Placed, "Placed", "Placed"},
        {ReferralState::Closed, "Closed", "Closed"},
        {ReferralState::OnHold, "OnHold", "On hold"},
    };
};

/// One child of a referral (a sibling group has several). Personal details never leave the building.
struct ReferralChild {
    qint64 childId = 0; ///< children.id when linked to a looked-after child
    QString firstName;
    QString lastName;
    QDate dateOfBirth;
    QString sex;       ///< M, F
    QString ethnicity; ///< SSDA903 ethnicity code, e.g. WBRI
    QString religion;
    QString firstLanguage;
    QStringList needs;   ///< codes: asd pmld ebd learning_disability mental_health uasc parent_and_baby
    QString legalStatus; ///< SSDA903 LS code, e.g. C2, V2

    /// Whole years on the reference date (-1 when the date of birth is unknown).
    int ageOn(const QDate& reference) const;
    QString initials() const;
};

/// A structured essential or desirable criterion (kinds in docs/referral-record.md).
struct Criterion {
    QString kind;  ///< skill, placementType, maxDistanceMiles, maxWeeklyCost, carerEthnicity,
                   ///< carerReligion, carerLanguage, noOtherChildren, noYoungerChildren, noPets,
                   ///< petsWanted, nonSmoking, keepSchool, inHouse
    QString value; ///< e.g. "asd", "foster", "20"; empty for yes/no kinds
    bool operator==(const Criterion&) const = default;

    /// The criterion in the team's words, for printed packs and papers ("Carer skilled in: autism (ASD)").
    QString description() const;
};

/// A contact arrangement: who, how often, where they live (for contact travel).
struct ContactArrangement {
    QString with; ///< e.g. "Mother", "Grandparents"
    double sessionsPerWeek = 0;
    QString postcode;
    bool operator==(const ContactArrangement&) const = default;
};

/// The referral record: the Placements Data Standard v2 entities, field for field, with their
/// options spelled as the standard spells them, plus Placement Desk's extensions.
struct Referral {
    qint64 id = 0;
    qint64 rowVersion = 0;
    QString reference; ///< e.g. R-2026-0042; what providers see instead of a name
    ReferralState state = ReferralState::Draft;
    ReferralState heldFromState = ReferralState::Draft; ///< where OnHold returns to
    bool emergency = false;
    QString officer;      ///< login of the placement officer
    QString socialWorker; ///< name of the child's social worker
    QDateTime receivedAt;
    qint64 followUpOf = 0;

    // PlacementAvailability
    QString neededBy; ///< "Today", "in less than 5 days", "in more than 5 days"
    QDate neededByDate;
    int siblingCount = 0; ///< siblings to be placed together with the first child
    QString preferredLocation;

    // PlacementRequirements
    QString communicationNeeds = QStringLiteral("Not Specified");          ///< Y, N, Not Specified
    QStringList specificCommunicationRequirements{QStringLiteral("None")}; ///< ESOL BSL Makaton Other None
    bool homeAdaptation = false;
    QString culturalNeeds = QStringLiteral("Not Known"); ///< Required, Not required, Not Known, Other
    QString livingCompanions = QStringLiteral("No preference");
    QString pets = QStringLiteral("Not Known"); ///< Yes - must, Yes - can, No, Not Known
    QString additionalSupport = QStringLiteral("NA");
    bool deprivationOfLiberty = false;

    // PlacementRecommendation: Preferred, Suitable but not preferred, Unsuitable, Not specified
    QString fosterCareSuitability = QStringLiteral("Not specified");
    QString residentialCareSuitability = QStringLiteral("Not specified");
    QString supportedAccommodationSuitability = QStringLiteral("Not specified");

    // Risks: "No known risk" or "Risk Present"
    QString riskSelfHarm = QStringLiteral("No known risk");
    QString riskSexualExploitation = QStringLiteral("No known risk");
    QString riskCriminalExploitation = QStringLiteral("No known risk");
    QString riskDrugAlcohol = QStringLiteral("No known risk");
    QString riskEatingDisorder = QStringLiteral("No known risk");
    QString riskMissing = QStringLiteral("No known risk");
    QString riskOther;
    QString riskToOthersPhysical = QStringLiteral("No known risk");
    QString riskToOthersSexual = QStringLiteral("No known risk");
    QString riskToOthersFire = QStringLiteral("No known risk");
    QString riskToOthersAnimals = QStringLiteral("No known risk");
    QString riskToOthersCriminal = QStringLiteral("No known risk");
    QString riskToOthersOther;

    // ActualPlacement (the standard's record of where the child went; empty until placed)
    QString actualPlacementType; ///< Residential, Foster, Supported Accommodation; empty = not placed
    int actualTotalWeeklyCost = 0;
    QString actualPlacementLocation;
    bool actualPreferabilityLocation = false;
    bool actualEducationContinuity = false;
    QString actualProviderUrn;
    int actualSiblingsPlacedTogether = 0;

    // QualityAssurance (who handled the referral, when); written once its four required fields are set
    QString referralOfficerName;
    QDate referralDate;
    QString placementOfficerName;
    QDate placementDate;
    QString costOfficerName;
    QDate costDate;

    // Extensions (PlacementDeskExtension in the exchange format)
    QList<ReferralChild> children;
    QString homePostcode;
    QString schoolName;
    QString schoolPostcode;
    bool keepSchoolPlace = false;
    QList<ContactArrangement> contact;
    QList<Criterion> essentialCriteria;
    QList<Criterion> desirableCriteria;
    QStringList expectedOutcomes;
    double budgetGuideWeekly = 0; ///< pounds per week; 0 = none given
    QString communicationOther;
    QString additionalSupportOther;
    /// The child's view, in the child's own words: wishes and feelings about the move, and what
    /// matters to them about a new home. Never in the providers' anonymised pack; quoted in the
    /// child's "your new home" profile.
    QString childsWishes;
    QString newHomeMatters;

    /// The standard's entities plus "PlacementDeskExtension" (docs/referral-record.md).
    QJsonObject toJson() const;
    /// Reads toJson()'s shape; unknown option spellings are reported by field in errors.
    static Referral fromJson(const QJsonObject& json, QStringList* errors);
};

} // namespace pd::core
