// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/matching/matchsettings.h"

namespace pd::core {

namespace {
struct RuleName {
    HardRule rule;
    const char* key;
    const char* label;
};
const RuleName kRules[] = {
    {HardRule::TypeSuitable, "type_suitable", "Placement type suitable"},
    {HardRule::AgeWithinApproval, "age_within_approval", "Age and sex within approval"},
    {HardRule::RoomForSiblings, "room_for_siblings", "Room for the whole sibling group"},
    {HardRule::AvailableByDate, "available_by_date", "Available by the date needed"},
    {HardRule::EssentialSkills, "essential_skills", "Every essential need covered by a skill"},
    {HardRule::LivingAlongside, "living_alongside", "Who the child can live alongside"},
    {HardRule::Pets, "pets", "Pets"},
    {HardRule::ProviderStatus, "provider_status", "Provider not excluded or suspended"},
    {HardRule::OfstedRating, "ofsted_rating", "Ofsted rating not Inadequate"},
    {HardRule::MaxDistance, "max_distance", "Within the maximum distance"},
    {HardRule::BudgetCeiling, "budget_ceiling", "Within the budget ceiling"},
    {HardRule::EssentialCarer, "essential_carer", "Essential carer criteria (culture, smoking, in-house)"},
};
struct CriterionName {
    SoftCriterion criterion;
    const char* key;
    const char* label;
    double weight;
};
const CriterionName kCriteria[] = {
    {SoftCriterion::DistanceHome, "distance_home", "Distance to home", 15},
    {SoftCriterion::DistanceSchool, "distance_school", "Distance to school", 10},
    {SoftCriterion::CulturalMatch, "cultural_match", "Cultural match", 10},
    {SoftCriterion::DesirableCriteria, "desirable_criteria", "Desirable criteria", 15},
    {SoftCriterion::WholeCost, "whole_cost", "Whole weekly cost", 20},
    {SoftCriterion::Quality, "quality", "Quality", 15},
    {SoftCriterion::Preference, "preference", "In-house / select list", 10},
    {SoftCriterion::SiblingsTogether, "siblings_together", "Siblings together", 5},
    {SoftCriterion::BlockVoid, "block_void", "Empty place in a block contract", 10},
};
} // namespace

QList<HardRule> allHardRules() {
    QList<HardRule> out;
    for (const auto& r : kRules)
        out << r.rule;
    return out;
}

QString hardRuleKey(HardRule rule) {
    return QString::fromLatin1(kRules[int(rule)].key);
}
QString hardRuleLabel(HardRule rule) {
    return QString::fromLatin1(kRules[int(rule)].label);
}

QList<SoftCriterion> allSoftCriteria() {
    QList<SoftCriterion> out;
    for (const auto& c : kCriteria)
        out << c.criterion;
    return out;
}

QString softCriterionKey(SoftCriterion c) {
    return QString::fromLatin1(kCriteria[int(c)].key);
}
QString softCriterionLabel(SoftCriterion c) {
    return QString::fromLatin1(kCriteria[int(c)].label);
}

MatchSettings::MatchSettings() {
    ruleOn.fill(true);
    for (const auto& c : kCriteria)
        weight[size_t(c.criterion)] = c.weight;
}

QHash<QString, QString> MatchSettings::toKeyValues() const {
    QHash<QString, QString> out;
    out.insert(QStringLiteral("mileage_rate_pence"), QString::number(mileageRatePence));
    out.insert(QStringLiteral("school_days_per_week"), QString::number(schoolDaysPerWeek));
    out.insert(QStringLiteral("local_miles"), QString::number(localMiles));
    for (HardRule r : allHardRules())
        out.insert(QStringLiteral("match_rule_") + hardRuleKey(r),
                   isOn(r) ? QStringLiteral("1") : QStringLiteral("0"));
    for (SoftCriterion c : allSoftCriteria())
        out.insert(QStringLiteral("match_weight_") + softCriterionKey(c), QString::number(weightOf(c)));
    return out;
}

MatchSettings MatchSettings::fromKeyValues(const QHash<QString, QString>& values) {
    MatchSettings s;
    auto number = [&](const QString& key, double fallback) {
        bool ok = false;
        const double v = values.value(key).toDouble(&ok);
        return ok && v >= 0 ? v : fallback;
    };
    s.mileageRatePence = number(QStringLiteral("mileage_rate_pence"), s.mileageRatePence);
    s.schoolDaysPerWeek = number(QStringLiteral("school_days_per_week"), s.schoolDaysPerWeek);
    s.localMiles = number(QStringLiteral("local_miles"), s.localMiles);
    for (HardRule r : allHardRules()) {
        const QString v = values.value(QStringLiteral("match_rule_") + hardRuleKey(r));
        if (!v.isEmpty())
            s.setRule(r, v != QLatin1String("0"));
    }
    for (SoftCriterion c : allSoftCriteria())
        s.setWeight(c, number(QStringLiteral("match_weight_") + softCriterionKey(c), s.weightOf(c)));
    return s;
}

} // namespace pd::core
