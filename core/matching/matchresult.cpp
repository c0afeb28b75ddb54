// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/matching/matchresult.h"
#include "core/matching/matchengine.h"

#include <algorithm>

namespace pd::core {

namespace {

const BlockPlaces* blockOf(const RegisterSnapshot& snapshot, const RegisterVacancy& v) {
    if (snapshot.blocks.isEmpty())
        return nullptr;
    const auto it = snapshot.blocks.constFind(v.providerId);
    return it == snapshot.blocks.cend() ? nullptr : &*it;
}

} // namespace

VacancyFacts MatchResult::factsOf(int index, const WholeCost& cost, double milesHome) const {
    const RegisterVacancy& v = vacancy(index);
    VacancyFacts f;
    f.household = snapshot->household.data() + v.householdBegin;
    f.householdCount = v.householdCount;
    f.cost = cost;
    f.milesHome = milesHome;
    f.block = blockOf(*snapshot, v);
    return f;
}

QList<ScoreLine> MatchResult::explain(const Candidate& c) const {
    const VacancyFacts f = factsOf(c.index, c.cost, c.milesHome);
    QList<ScoreLine> lines;
    for (SoftCriterion s : allSoftCriteria())
        lines << ScoreLine{s, settings.weightOf(s), c.parts[size_t(s)],
                           Scorer::explain(s, referral, vacancy(c.index), f, cheapest, settings)};
    return lines;
}

QStringList MatchResult::essentials(const Candidate& c) const {
    QStringList lines;
    if (referral.maxMiles)
        lines << QStringLiteral("%1 miles from home, within the essential limit of %2 miles.")
                     .arg(c.milesHome, 0, 'f', 1)
                     .arg(*referral.maxMiles);
    if (referral.maxWeeklyCost)
        lines << QStringLiteral("Whole weekly cost %1, within the essential ceiling of %2.")
                     .arg(formatPounds(c.cost.total()), formatPounds(*referral.maxWeeklyCost));
    return lines;
}

QStringList MatchResult::reasons(const Exclusion& e) const {
    return HardRules::reasons(e.breaches, referral, vacancy(e.index), factsOf(e.index, e.cost, e.milesHome));
}

QList<HardRule> MatchResult::rules(const Exclusion& e) const {
    QList<HardRule> out;
    for (HardRule r : allHardRules())
        if (e.breaches & (1u << int(r)))
            out << r;
    return out;
}

VacancyFacts MatchEngine::facts(const MatchReferral& r, const RegisterSnapshot& snapshot,
                                const RegisterVacancy& v, const MatchSettings& settings) {
    VacancyFacts f;
    f.household = snapshot.household.data() + v.householdBegin;
    f.householdCount = v.householdCount;
    const std::optional<Coordinates> at = v.hasCoordinates ? std::optional<Coordinates>(v.at) : std::nullopt;
    f.milesHome = at && r.home ? milesBetween(*at, *r.home) : -1;
    f.cost = WholeCost::of(r, at, v.weeklyFee, v.typicalExtras, settings);
    f.block = blockOf(snapshot, v);
    if (f.block && f.block->empty() > 0)
        f.cost.fillBlockVoid(); // the whole-cost comparison shows what the placement really adds
    return f;
}

MatchResult MatchEngine::run(const MatchReferral& referral, std::shared_ptr<const RegisterSnapshot> snapshot,
                             const MatchSettings& settings) {
    MatchResult out;
    out.referral = referral;
    out.settings = settings;
    out.snapshot = std::move(snapshot);
    const RegisterSnapshot& reg = *out.snapshot;
    std::vector<VacancyFacts> eligibleFacts;
    double cheapest = -1;
    out.exclusions.reserve(reg.vacancies.size());
    for (size_t i = 0; i < reg.vacancies.size(); ++i) {
        const RegisterVacancy& v = reg.vacancies[i];
        const VacancyFacts f = facts(referral, reg, v, settings);
        const quint32 broken = HardRules::breaches(referral, v, f, settings);
        if (broken) {
            out.exclusions.push_back({int(i), broken, f.cost, f.milesHome});
            continue;
        }
        out.candidates.push_back({int(i), 0, f.cost, f.milesHome, {}});
        eligibleFacts.push_back(f);
        if (cheapest < 0 || f.cost.total() < cheapest)
            cheapest = f.cost.total();
    }
    out.cheapest = std::max(0.0, cheapest);
    for (size_t k = 0; k < out.candidates.size(); ++k) {
        MatchResult::Candidate& c = out.candidates[k];
        c.parts =
            Scorer::parts(referral, reg.vacancies[size_t(c.index)], eligibleFacts[k], out.cheapest, settings);
        c.score = Scorer::total(c.parts, settings);
    }
    // The stated tie-break: score desc, whole cost asc, vacancy id asc.
    std::sort(out.candidates.begin(), out.candidates.end(), [&reg](const auto& a, const auto& b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.cost.total() != b.cost.total())
            return a.cost.total() < b.cost.total();
        return reg.vacancies[size_t(a.index)].vacancyId < reg.vacancies[size_t(b.index)].vacancyId;
    });
    // Exclusions by vacancy id: already so when the snapshot was read in id order, as the reader does.
    const auto byId = [&reg](const auto& a, const auto& b) {
        return reg.vacancies[size_t(a.index)].vacancyId < reg.vacancies[size_t(b.index)].vacancyId;
    };
    if (!std::is_sorted(out.exclusions.begin(), out.exclusions.end(), byId))
        std::sort(out.exclusions.begin(), out.exclusions.end(), byId);
    return out;
}

} // namespace pd::core
