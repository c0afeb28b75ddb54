// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/matching/hardrules.h"

#include <QDate>

namespace pd::core {

namespace {

bool breaks(HardRule rule, const MatchReferral& r, const RegisterVacancy& v, const VacancyFacts& f) {
    switch (rule) {
    case HardRule::TypeSuitable:
        return r.unsuitable[int(v.type)] || (r.essentialTypes && !(r.essentialTypes & (1u << int(v.type))));
    case HardRule::AgeWithinApproval: {
        for (int i = 0; i < r.ages.size(); ++i) {
            const int age = r.ages[i];
            if (age >= 0 && (age < v.minAge || age > v.maxAge))
                return true;
            const QString& sex = r.sexes[i];
            if ((v.sexes == SexesAccepted::Male && sex == QLatin1String("F")) ||
                (v.sexes == SexesAccepted::Female && sex == QLatin1String("M")))
                return true;
        }
        return false;
    }
    case HardRule::RoomForSiblings:
        return v.places < r.groupSize;
    case HardRule::AvailableByDate:
        return v.availableFromDay == 0 || v.availableFromDay > r.neededDay ||
               (v.availableUntilDay != 0 && v.availableUntilDay < r.neededDay);
    case HardRule::EssentialSkills:
        return (r.essentialSkills & v.skills) != r.essentialSkills;
    case HardRule::LivingAlongside: {
        for (int i = 0; i < f.householdCount; ++i) {
            const HouseholdMember& h = f.household[i];
            if (r.alongside == MatchReferral::Alongside::Solo || r.essentialNoOtherChildren)
                return true;
            if (r.alongside == MatchReferral::Alongside::OnlyOlder && h.age <= r.oldest)
                return true;
            if (r.alongside == MatchReferral::Alongside::OnlyYounger && r.youngest >= 0 &&
                h.age >= r.youngest)
                return true;
            if ((r.sexualRiskToOthers || r.essentialNoYoungerChildren) && h.age < r.oldest)
                return true;
            if (h.posesSexualRisk() && r.youngest >= 0 && r.youngest < h.age)
                return true;
        }
        return false;
    }
    case HardRule::Pets:
        return (r.pets == MatchReferral::PetsNeed::NoPets && v.hasPets) ||
               (r.pets == MatchReferral::PetsNeed::MustHavePets && !v.hasPets);
    case HardRule::ProviderStatus:
        return v.framework == FrameworkStatus::Suspended || v.framework == FrameworkStatus::Excluded;
    case HardRule::OfstedRating:
        return v.ofsted == OfstedRating::Inadequate;
    case HardRule::MaxDistance:
        return r.maxMiles && (f.milesHome < 0 || f.milesHome > *r.maxMiles);
    case HardRule::BudgetCeiling:
        return r.maxWeeklyCost && f.cost.total() > *r.maxWeeklyCost;
    case HardRule::EssentialCarer:
        return (!r.essentialEthnicity.isEmpty() && v.carerEthnicity != r.essentialEthnicity) ||
               (!r.essentialReligion.isEmpty() &&
                v.carerReligion.compare(r.essentialReligion, Qt::CaseInsensitive) != 0) ||
               (!r.essentialLanguage.isEmpty() &&
                !v.carerLanguages.contains(r.essentialLanguage, Qt::CaseInsensitive)) ||
               (r.essentialNonSmoking && v.smoking) ||
               (r.essentialInHouse && v.framework != FrameworkStatus::InHouse);
    }
    return false;
}

QString ageText(const RegisterVacancy& v) {
    QString s = QStringLiteral("approved for ages %1–%2").arg(v.minAge).arg(v.maxAge);
    if (v.sexes != SexesAccepted::Any)
        s += v.sexes == SexesAccepted::Male ? QStringLiteral(", boys only") : QStringLiteral(", girls only");
    return s;
}

QString dayText(qint64 day) {
    return day ? QDate::fromJulianDay(day).toString(QStringLiteral("d MMM yyyy"))
               : QStringLiteral("an unknown date");
}

} // namespace

quint32 HardRules::breaches(const MatchReferral& r, const RegisterVacancy& v, const VacancyFacts& f,
                            const MatchSettings& settings) {
    quint32 out = 0;
    for (int i = 0; i < kHardRuleCount; ++i)
        if (settings.ruleOn[size_t(i)] && breaks(HardRule(i), r, v, f))
            out |= 1u << i;
    return out;
}

QString HardRules::reason(HardRule rule, const MatchReferral& r, const RegisterVacancy& v,
                          const VacancyFacts& f) {
    switch (rule) {
    case HardRule::TypeSuitable:
        return r.unsuitable[int(v.type)]
                   ? QStringLiteral("%1 care is marked unsuitable for this child.").arg(code(v.type))
                   : QStringLiteral("%1 is not a placement type the referral makes essential.")
                         .arg(code(v.type));
    case HardRule::AgeWithinApproval: {
        QStringList ages;
        for (int a : r.ages)
            ages << QString::number(a);
        return QStringLiteral("Child aged %1, but the provision is %2.")
            .arg(ages.join(QStringLiteral(", ")), ageText(v));
    }
    case HardRule::RoomForSiblings:
        return QStringLiteral("%1 place(s) free for a group of %2 children.").arg(v.places).arg(r.groupSize);
    case HardRule::AvailableByDate:
        return QStringLiteral("Available from %1%2; needed by %3.")
            .arg(dayText(v.availableFromDay),
                 v.availableUntilDay ? QStringLiteral(" until ") + dayText(v.availableUntilDay) : QString(),
                 dayText(r.neededDay));
    case HardRule::EssentialSkills:
        return QStringLiteral("Carers lack essential skill(s): %1.")
            .arg(skillCodes(r.essentialSkills & ~v.skills).join(QStringLiteral(", ")));
    case HardRule::LivingAlongside: {
        QStringList ages;
        for (int i = 0; i < f.householdCount; ++i)
            ages << QString::number(f.household[i].age);
        return QStringLiteral("Other children in the household (aged %1) conflict with who the child can "
                              "live alongside.")
            .arg(ages.join(QStringLiteral(", ")));
    }
    case HardRule::Pets:
        return r.pets == MatchReferral::PetsNeed::NoPets
                   ? QStringLiteral("The household has pets; the child cannot live with pets.")
                   : QStringLiteral("The child needs a home with pets; this one has none.");
    case HardRule::ProviderStatus:
        return QStringLiteral("The provider is %1.").arg(label(v.framework).toLower());
    case HardRule::OfstedRating:
        return QStringLiteral("Ofsted rating Inadequate.");
    case HardRule::MaxDistance:
        return f.milesHome < 0
                   ? QStringLiteral("Distance from home unknown; the referral limits it to %1 miles.")
                         .arg(*r.maxMiles)
                   : QStringLiteral("%1 miles from home; the limit is %2.")
                         .arg(f.milesHome, 0, 'f', 1)
                         .arg(*r.maxMiles);
    case HardRule::BudgetCeiling:
        return QStringLiteral("Whole weekly cost %1 is above the ceiling of %2.")
            .arg(formatPounds(f.cost.total()), formatPounds(*r.maxWeeklyCost));
    case HardRule::EssentialCarer:
        return QStringLiteral("Does not meet an essential carer criterion (ethnicity, religion, language, "
                              "non-smoking or in-house).");
    }
    return {};
}

QStringList HardRules::reasons(quint32 breaches, const MatchReferral& r, const RegisterVacancy& v,
                               const VacancyFacts& f) {
    QStringList out;
    for (int i = 0; i < kHardRuleCount; ++i)
        if (breaches & (1u << i))
            out << reason(HardRule(i), r, v, f);
    return out;
}

} // namespace pd::core
