// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <array>

namespace pd::core {

/// The hard constraints of DESIGN.md ("Matching"); each can be switched off in the settings.
enum class HardRule {
    TypeSuitable,
    AgeWithinApproval,
    RoomForSiblings,
    AvailableByDate,
    EssentialSkills,
    LivingAlongside,
    Pets,
    ProviderStatus,
    OfstedRating,
    MaxDistance,
    BudgetCeiling,
    EssentialCarer
};
constexpr int kHardRuleCount = 12;
QList<HardRule> allHardRules();
QString hardRuleKey(HardRule rule);   ///< stable code, e.g. "age_within_approval" (JSON, settings)
QString hardRuleLabel(HardRule rule); ///< "Age within approval"

/// The weighted soft criteria; weights are team settings.
enum class SoftCriterion {
    DistanceHome,
    DistanceSchool,
    CulturalMatch,
    DesirableCriteria,
    WholeCost,
    Quality,
    Preference,
    SiblingsTogether,
    BlockVoid ///< an empty place in a block contract, already paid for
};
constexpr int kSoftCriterionCount = 9;
QList<SoftCriterion> allSoftCriteria();
QString softCriterionKey(SoftCriterion criterion); ///< "distance_home"
QString softCriterionLabel(SoftCriterion criterion);

/// Team settings for matching and costing, stored as key/value rows in `settings`.
struct MatchSettings {
    std::array<bool, kHardRuleCount> ruleOn{};
    std::array<double, kSoftCriterionCount> weight{};
    double mileageRatePence = 45;
    double schoolDaysPerWeek = 5;
    double localMiles = 20; ///< the line for "near" (DESIGN.md: 20 miles)

    MatchSettings();
    bool isOn(HardRule rule) const { return ruleOn[size_t(rule)]; }
    void setRule(HardRule rule, bool on) { ruleOn[size_t(rule)] = on; }
    double weightOf(SoftCriterion c) const { return weight[size_t(c)]; }
    void setWeight(SoftCriterion c, double w) { weight[size_t(c)] = w; }

    /// settings keys: mileage_rate_pence, school_days_per_week, local_miles, match_rule_<key>,
    /// match_weight_<key>
    QHash<QString, QString> toKeyValues() const;
    static MatchSettings fromKeyValues(const QHash<QString, QString>& values);
};

} // namespace pd::core
