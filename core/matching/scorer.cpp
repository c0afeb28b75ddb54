// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/matching/scorer.h"

#include <algorithm>
#include <cmath>

namespace pd::core {

namespace {

// Full marks within the local line, none at three times it.
float distanceScore(double miles, double line) {
    if (miles < 0)
        return 0.5f;
    if (miles <= line)
        return 1.0f;
    return float(std::max(0.0, 1.0 - (miles - line) / (2 * line)));
}

bool desirableMet(const Criterion& c, const RegisterVacancy& v, double milesHome, double total) {
    const QString& k = c.kind;
    if (k == QLatin1String("skill"))
        return v.skills & skillMask(c.value);
    if (k == QLatin1String("placementType"))
        return fromCode<PlacementType>(c.value) == v.type;
    if (k == QLatin1String("carerEthnicity"))
        return v.carerEthnicity == c.value;
    if (k == QLatin1String("carerReligion"))
        return v.carerReligion.compare(c.value, Qt::CaseInsensitive) == 0;
    if (k == QLatin1String("carerLanguage"))
        return v.carerLanguages.contains(c.value, Qt::CaseInsensitive);
    if (k == QLatin1String("noPets"))
        return !v.hasPets;
    if (k == QLatin1String("petsWanted"))
        return v.hasPets;
    if (k == QLatin1String("nonSmoking"))
        return !v.smoking;
    if (k == QLatin1String("inHouse"))
        return v.framework == FrameworkStatus::InHouse;
    if (k == QLatin1String("maxDistanceMiles"))
        return milesHome >= 0 && milesHome <= c.value.toDouble();
    if (k == QLatin1String("maxWeeklyCost"))
        return total <= c.value.toDouble();
    return false;
}

std::pair<int, int> culture(const MatchReferral& r, const RegisterVacancy& v) {
    int considered = 0, matched = 0;
    if (!r.ethnicity.isEmpty()) {
        ++considered;
        matched += v.carerEthnicity == r.ethnicity;
    }
    if (!r.religion.isEmpty() && r.religion.compare(QLatin1String("None"), Qt::CaseInsensitive) != 0) {
        ++considered;
        matched += v.carerReligion.compare(r.religion, Qt::CaseInsensitive) == 0;
    }
    if (!r.language.isEmpty()) {
        ++considered;
        matched += v.carerLanguages.contains(r.language, Qt::CaseInsensitive);
    }
    return {matched, considered};
}

std::pair<int, int> desirable(const MatchReferral& r, const RegisterVacancy& v, const VacancyFacts& f) {
    int met = 0;
    for (const Criterion& c : r.desirable)
        met += desirableMet(c, v, f.milesHome, f.cost.total());
    return {met, int(r.desirable.size())};
}

float ofstedScore(OfstedRating rating) {
    switch (rating) {
    case OfstedRating::Outstanding:
        return 1.0f;
    case OfstedRating::Good:
        return 0.75f;
    case OfstedRating::RequiresImprovement:
        return 0.35f;
    case OfstedRating::Inadequate:
        return 0.0f;
    default:
        return 0.5f;
    }
}

float preferenceScore(FrameworkStatus s) {
    switch (s) {
    case FrameworkStatus::InHouse:
        return 1.0f;
    case FrameworkStatus::SelectList:
        return 0.75f;
    case FrameworkStatus::RegionalFramework:
        return 0.5f;
    case FrameworkStatus::Spot:
        return 0.25f;
    default:
        return 0.0f;
    }
}

/// What the provider's disruption history takes off its quality: each ending counted as a disruption
/// weighs 1 and each pre-disruption meeting 0.5 (kMeetingWeight), per placement with this authority;
/// quality = Ofsted score x (1 - that rate), never below 0.
double disruptionRate(const RegisterVacancy& v) {
    const double weighed = v.disruptions + Scorer::kMeetingWeight * v.disruptionMeetings;
    if (weighed <= 0)
        return 0.0;
    return std::min(1.0, weighed / std::max(1, v.placementsWithUs));
}

QString miles(double m) {
    return QStringLiteral("%1 miles").arg(m, 0, 'f', 1);
}

} // namespace

Scorer::Parts Scorer::parts(const MatchReferral& r, const RegisterVacancy& v, const VacancyFacts& f,
                            double cheapest, const MatchSettings& s) {
    Parts p;
    p[int(SoftCriterion::DistanceHome)] = distanceScore(f.milesHome, s.localMiles);
    p[int(SoftCriterion::DistanceSchool)] =
        r.school ? distanceScore(f.cost.schoolMiles, s.localMiles) : -1.0f;
    if (r.school && f.cost.schoolMiles < 0 && v.hasCoordinates)
        p[int(SoftCriterion::DistanceSchool)] = distanceScore(milesBetween(v.at, *r.school), s.localMiles);
    const auto [matched, considered] = culture(r, v);
    p[int(SoftCriterion::CulturalMatch)] = considered ? float(matched) / considered : -1.0f;
    const auto [met, total] = desirable(r, v, f);
    p[int(SoftCriterion::DesirableCriteria)] = total ? float(met) / total : -1.0f;
    const double whole = f.cost.total();
    p[int(SoftCriterion::WholeCost)] = whole > 0 ? float(std::min(1.0, cheapest / whole)) : 1.0f;
    p[int(SoftCriterion::Quality)] = float(ofstedScore(v.ofsted) * (1.0 - disruptionRate(v)));
    p[int(SoftCriterion::Preference)] = preferenceScore(v.framework);
    p[int(SoftCriterion::SiblingsTogether)] =
        r.groupSize < 2
            ? -1.0f
            : (v.places < r.groupSize ? 0.0f : (v.skills & skillBit(Skill::SiblingGroups) ? 1.0f : 0.75f));
    p[int(SoftCriterion::BlockVoid)] = !f.block ? -1.0f : (f.block->empty() > 0 ? 1.0f : 0.0f);
    return p;
}

int Scorer::total(const Parts& parts, const MatchSettings& s) {
    double sum = 0, weights = 0;
    for (int i = 0; i < kSoftCriterionCount; ++i) {
        if (parts[size_t(i)] < 0)
            continue;
        sum += s.weight[size_t(i)] * parts[size_t(i)];
        weights += s.weight[size_t(i)];
    }
    return weights > 0 ? int(std::lround(100.0 * sum / weights)) : 100;
}

QString Scorer::explain(SoftCriterion c, const MatchReferral& r, const RegisterVacancy& v,
                        const VacancyFacts& f, double cheapest, const MatchSettings& s) {
    switch (c) {
    case SoftCriterion::DistanceHome:
        if (f.milesHome < 0)
            return QStringLiteral("Distance from home unknown (a postcode is not in the postcode table).");
        return QStringLiteral("%1 from home — %2 the %3-mile line.")
            .arg(miles(f.milesHome),
                 f.milesHome <= s.localMiles ? QStringLiteral("within") : QStringLiteral("beyond"))
            .arg(s.localMiles);
    case SoftCriterion::DistanceSchool: {
        if (!r.school)
            return QStringLiteral("No school postcode known; not scored.");
        const double m = v.hasCoordinates ? milesBetween(v.at, *r.school) : -1;
        if (m < 0)
            return QStringLiteral("Distance to school unknown.");
        return QStringLiteral("%1 from school — %2 the %3-mile line.")
            .arg(miles(m), m <= s.localMiles ? QStringLiteral("within") : QStringLiteral("beyond"))
            .arg(s.localMiles);
    }
    case SoftCriterion::CulturalMatch: {
        const auto [matched, considered] = culture(r, v);
        if (!considered)
            return QStringLiteral("No ethnicity, religion or language recorded; not scored.");
        return QStringLiteral("%1 of %2 shared (ethnicity, religion, language).")
            .arg(matched)
            .arg(considered);
    }
    case SoftCriterion::DesirableCriteria: {
        const auto [met, total] = desirable(r, v, f);
        if (!total)
            return QStringLiteral("No desirable criteria; not scored.");
        return QStringLiteral("%1 of %2 desirable criteria met.").arg(met).arg(total);
    }
    case SoftCriterion::WholeCost:
        return QStringLiteral("Whole cost %1 a week (%2); cheapest eligible %3.")
            .arg(formatPounds(f.cost.total()), f.cost.describe(), formatPounds(cheapest));
    case SoftCriterion::Quality:
        if (v.disruptionMeetings == 0)
            return QStringLiteral("Ofsted: %1; %2 disruption(s) in %3 placement(s) with us.")
                .arg(label(v.ofsted))
                .arg(v.disruptions)
                .arg(v.placementsWithUs);
        return QStringLiteral(
                   "Ofsted: %1; %2 disruption(s) and %3 pre-disruption meeting(s) in %4 placement(s) "
                   "with us: quality x %5 (a disruption counts 1, a meeting 0.5, per placement).")
            .arg(label(v.ofsted))
            .arg(v.disruptions)
            .arg(v.disruptionMeetings)
            .arg(v.placementsWithUs)
            .arg(1.0 - disruptionRate(v), 0, 'f', 2);
    case SoftCriterion::Preference:
        return QStringLiteral("Provider is %1.").arg(label(v.framework).toLower());
    case SoftCriterion::SiblingsTogether:
        if (r.groupSize < 2)
            return QStringLiteral("A single child; not scored.");
        return QStringLiteral("%1 place(s) for %2 siblings%3.")
            .arg(v.places)
            .arg(r.groupSize)
            .arg(v.skills & skillBit(Skill::SiblingGroups)
                     ? QStringLiteral("; carers skilled with sibling groups")
                     : QString());
    case SoftCriterion::BlockVoid:
        if (!f.block)
            return QStringLiteral("No block contract with this provider; not scored.");
        if (f.block->empty() > 0)
            return QStringLiteral(
                       "Block contract: %1 of %2 places empty — this placement costs nothing extra.")
                .arg(f.block->empty())
                .arg(f.block->reserved);
        return QStringLiteral(
                   "Block contract: all %1 places used — this placement is paid on top of the block.")
            .arg(f.block->reserved);
    }
    return {};
}

} // namespace pd::core
