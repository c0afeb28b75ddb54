// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QStringList>

namespace pd::core {

enum class PlacementType { Foster, Residential, Supported };
enum class SexesAccepted { Any, Male, Female };

QString code(PlacementType type);
QString code(SexesAccepted sexes);
QString label(PlacementType type);
QString label(SexesAccepted sexes);
std::optional<PlacementType> placementTypeFromCode(const QString& code);
std::optional<SexesAccepted> sexesFromCode(const QString& code);

/// Skill codes shared with children's needs (docs/referral-record.md, "Codes").
const QStringList& skillCodes();
QString skillLabel(const QString& code);
/// Risks a child already living at a provision may pose (docs/formats.md, provisions).
const QStringList& householdRiskCodes();

/// A child already living at a provision (for the who-alongside rules).
struct HouseholdMember {
    int age = 0;
    QString sex; ///< M, F or empty when not recorded
    QStringList risks;
};

/// "9/F; 14/M/physical+fire" <-> members; the one text form used by files and editors.
Result<QList<HouseholdMember>> parseHousehold(const QString& text);
QString formatHousehold(const QList<HouseholdMember>& members);
/// "asd, ebd" -> codes; an unknown code is an error naming it.
Result<QStringList> parseSkills(const QString& text);

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
    QStringList skills;
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
