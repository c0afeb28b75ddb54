// SPDX-License-Identifier: GPL-3.0-or-later
// The matching rules, table-driven: every hard rule violated and satisfied, every soft criterion.
#include "core/matching/matchengine.h"
#include "core/matching/matchresult.h"
#include "core/matching/matchservice.h"
#include "tests/support/catch.h"

#include <algorithm>
#include <functional>
#include <random>

using namespace pd::core;

namespace {

const QDate kToday(2026, 11, 23);
const QDate kNeeded(2026, 12, 1);
const Coordinates kHome{53.0, -1.5};

Referral baseReferral() {
    Referral r;
    r.reference = QStringLiteral("R-2026-0001");
    r.neededByDate = kNeeded;
    ReferralChild c;
    c.firstName = QStringLiteral("Amy");
    c.dateOfBirth = QDate(2014, 5, 2); // 12 when needed
    c.sex = QStringLiteral("F");
    c.ethnicity = QStringLiteral("WBRI");
    c.firstLanguage = QStringLiteral("English");
    r.children << c;
    r.homePostcode = QStringLiteral("RV1 2AB");
    return r;
}

// Miles north of home.
Coordinates north(double miles) {
    return {kHome.lat + miles / 69.09, kHome.lon};
}

RegisterVacancy baseVacancy() {
    RegisterVacancy v;
    v.vacancyId = 1;
    v.provisionId = 1;
    v.providerId = 1;
    v.providerName = QStringLiteral("Provider");
    v.provisionName = QStringLiteral("Home");
    v.type = PlacementType::Foster;
    v.minAge = 0;
    v.maxAge = 17;
    v.places = 1;
    v.skills = skillMask(QStringLiteral("ebd"));
    v.carerEthnicity = QStringLiteral("WBRI");
    v.carerLanguages = QStringLiteral("English");
    v.hasCoordinates = true;
    v.at = north(5);
    v.weeklyFee = 800;
    v.framework = FrameworkStatus::SelectList;
    v.ofsted = OfstedRating::Good;
    v.availableFromDay = kNeeded.addDays(-3).toJulianDay();
    return v;
}

using Mutator = std::function<void(Referral&, RegisterVacancy&, std::vector<HouseholdMember>&)>;

MatchResult runOne(const Referral& r, const RegisterVacancy& v, const std::vector<HouseholdMember>& household,
                   const MatchSettings& settings = {}) {
    auto snap = std::make_shared<RegisterSnapshot>();
    RegisterVacancy copy = v;
    copy.householdBegin = 0;
    copy.householdCount = int(household.size());
    snap->vacancies.push_back(copy);
    snap->household = household;
    const MatchReferral m = MatchReferral::from(r, {{QStringLiteral("RV1 2AB"), kHome}}, kToday);
    return MatchEngine::run(m, snap, settings);
}

struct RuleCase {
    const char* name;
    HardRule rule;
    Mutator violate;
    Mutator satisfy;
};

Criterion crit(const char* kind, const char* value = "") {
    return {QString::fromLatin1(kind), QString::fromLatin1(value)};
}

} // namespace

TEST_CASE("every hard rule excludes when violated and passes when satisfied", "[matching]") {
    using H = std::vector<HouseholdMember>;
    const RuleCase rc = GENERATE(values<RuleCase>({
        {"unsuitable type", HardRule::TypeSuitable,
         [](Referral& r, RegisterVacancy&, H&) { r.fosterCareSuitability = QStringLiteral("Unsuitable"); },
         [](Referral& r, RegisterVacancy&, H&) { r.fosterCareSuitability = QStringLiteral("Preferred"); }},
        {"essential type", HardRule::TypeSuitable,
         [](Referral& r, RegisterVacancy&, H&) {
             r.essentialCriteria << crit("placementType", "residential");
         },
         [](Referral& r, RegisterVacancy&, H&) { r.essentialCriteria << crit("placementType", "foster"); }},
        {"age", HardRule::AgeWithinApproval, [](Referral&, RegisterVacancy& v, H&) { v.maxAge = 10; },
         [](Referral&, RegisterVacancy& v, H&) {
             v.minAge = 12;
             v.maxAge = 12;
         }},
        {"sex", HardRule::AgeWithinApproval,
         [](Referral&, RegisterVacancy& v, H&) { v.sexes = SexesAccepted::Male; },
         [](Referral&, RegisterVacancy& v, H&) { v.sexes = SexesAccepted::Female; }},
        {"siblings", HardRule::RoomForSiblings,
         [](Referral& r, RegisterVacancy& v, H&) {
             r.siblingCount = 2;
             v.places = 2;
         },
         [](Referral& r, RegisterVacancy& v, H&) {
             r.siblingCount = 2;
             v.places = 3;
         }},
        {"available too late", HardRule::AvailableByDate,
         [](Referral&, RegisterVacancy& v, H&) { v.availableFromDay = kNeeded.addDays(7).toJulianDay(); },
         [](Referral&, RegisterVacancy& v, H&) { v.availableFromDay = kNeeded.toJulianDay(); }},
        {"ends before needed", HardRule::AvailableByDate,
         [](Referral&, RegisterVacancy& v, H&) { v.availableUntilDay = kNeeded.addDays(-1).toJulianDay(); },
         [](Referral&, RegisterVacancy& v, H&) { v.availableUntilDay = kNeeded.addDays(90).toJulianDay(); }},
        {"essential skill", HardRule::EssentialSkills,
         [](Referral& r, RegisterVacancy&, H&) { r.essentialCriteria << crit("skill", "asd"); },
         [](Referral& r, RegisterVacancy& v, H&) {
             r.essentialCriteria << crit("skill", "asd");
             v.skills |= skillBit(Skill::Asd);
         }},
        {"sexual risk, younger child", HardRule::LivingAlongside,
         [](Referral& r, RegisterVacancy&, H& h) {
             r.riskToOthersSexual = QStringLiteral("Risk Present");
             h.push_back({6, {}, {}});
         },
         [](Referral& r, RegisterVacancy&, H& h) {
             r.riskToOthersSexual = QStringLiteral("Risk Present");
             h.push_back({15, {}, {}});
         }},
        {"solo", HardRule::LivingAlongside,
         [](Referral& r, RegisterVacancy&, H& h) {
             r.livingCompanions = QStringLiteral("Solo placement recommended");
             h.push_back({15, {}, {}});
         },
         [](Referral& r, RegisterVacancy&, H&) {
             r.livingCompanions = QStringLiteral("Solo placement recommended");
         }},
        {"only older", HardRule::LivingAlongside,
         [](Referral& r, RegisterVacancy&, H& h) {
             r.livingCompanions = QStringLiteral("Only with other older children");
             h.push_back({9, {}, {}});
         },
         [](Referral& r, RegisterVacancy&, H& h) {
             r.livingCompanions = QStringLiteral("Only with other older children");
             h.push_back({16, {}, {}});
         }},
        {"only younger", HardRule::LivingAlongside,
         [](Referral& r, RegisterVacancy&, H& h) {
             r.livingCompanions = QStringLiteral("Only with other younger children");
             h.push_back({16, {}, {}});
         },
         [](Referral& r, RegisterVacancy&, H& h) {
             r.livingCompanions = QStringLiteral("Only with other younger children");
             h.push_back({9, {}, {}});
         }},
        {"no pets", HardRule::Pets,
         [](Referral& r, RegisterVacancy& v, H&) {
             r.pets = QStringLiteral("No");
             v.hasPets = true;
         },
         [](Referral& r, RegisterVacancy& v, H&) {
             r.pets = QStringLiteral("No");
             v.hasPets = false;
         }},
        {"must have pets", HardRule::Pets,
         [](Referral& r, RegisterVacancy& v, H&) {
             r.pets = QStringLiteral("Yes - must");
             v.hasPets = false;
         },
         [](Referral& r, RegisterVacancy& v, H&) {
             r.pets = QStringLiteral("Yes - must");
             v.hasPets = true;
         }},
        {"suspended", HardRule::ProviderStatus,
         [](Referral&, RegisterVacancy& v, H&) { v.framework = FrameworkStatus::Suspended; },
         [](Referral&, RegisterVacancy& v, H&) { v.framework = FrameworkStatus::Spot; }},
        {"excluded", HardRule::ProviderStatus,
         [](Referral&, RegisterVacancy& v, H&) { v.framework = FrameworkStatus::Excluded; },
         [](Referral&, RegisterVacancy& v, H&) { v.framework = FrameworkStatus::InHouse; }},
        {"ofsted", HardRule::OfstedRating,
         [](Referral&, RegisterVacancy& v, H&) { v.ofsted = OfstedRating::Inadequate; },
         [](Referral&, RegisterVacancy& v, H&) { v.ofsted = OfstedRating::RequiresImprovement; }},
        {"distance", HardRule::MaxDistance,
         [](Referral& r, RegisterVacancy& v, H&) {
             r.essentialCriteria << crit("maxDistanceMiles", "20");
             v.at = north(40);
         },
         [](Referral& r, RegisterVacancy& v, H&) {
             r.essentialCriteria << crit("maxDistanceMiles", "20");
             v.at = north(19);
         }},
        {"distance unknown", HardRule::MaxDistance,
         [](Referral& r, RegisterVacancy& v, H&) {
             r.essentialCriteria << crit("maxDistanceMiles", "20");
             v.hasCoordinates = false;
         },
         [](Referral&, RegisterVacancy& v, H&) { v.hasCoordinates = false; }},
        {"budget", HardRule::BudgetCeiling,
         [](Referral& r, RegisterVacancy& v, H&) {
             r.essentialCriteria << crit("maxWeeklyCost", "900");
             v.weeklyFee = 850;
             v.typicalExtras = 100;
         },
         [](Referral& r, RegisterVacancy& v, H&) {
             r.essentialCriteria << crit("maxWeeklyCost", "900");
             v.weeklyFee = 850;
         }},
        {"non-smoking", HardRule::EssentialCarer,
         [](Referral& r, RegisterVacancy& v, H&) {
             r.essentialCriteria << crit("nonSmoking");
             v.smoking = true;
         },
         [](Referral& r, RegisterVacancy&, H&) { r.essentialCriteria << crit("nonSmoking"); }},
    }));
    SECTION(rc.name) {
        Referral r = baseReferral();
        RegisterVacancy v = baseVacancy();
        std::vector<HouseholdMember> h;
        rc.violate(r, v, h);
        const MatchResult bad = runOne(r, v, h);
        INFO(rc.name);
        REQUIRE(bad.candidates.empty());
        REQUIRE(bad.exclusions.size() == 1);
        CHECK(bad.exclusions[0].breaches == (1u << int(rc.rule)));
        CHECK(bad.reasons(bad.exclusions[0]).size() == 1);
        CHECK_FALSE(bad.reasons(bad.exclusions[0]).first().isEmpty());

        MatchSettings off;
        off.setRule(rc.rule, false);
        CHECK(runOne(r, v, h, off).candidates.size() == 1); // the rule can be switched off

        Referral r2 = baseReferral();
        RegisterVacancy v2 = baseVacancy();
        std::vector<HouseholdMember> h2;
        rc.satisfy(r2, v2, h2);
        const MatchResult good = runOne(r2, v2, h2);
        REQUIRE(good.exclusions.empty());
        REQUIRE(good.candidates.size() == 1);
        CHECK(good.explain(good.candidates[0]).size() == kSoftCriterionCount);
    }
}

TEST_CASE("an excluded vacancy lists every rule it breaks", "[matching]") {
    Referral r = baseReferral();
    r.essentialCriteria << crit("skill", "asd") << crit("maxDistanceMiles", "10");
    r.pets = QStringLiteral("No");
    RegisterVacancy v = baseVacancy();
    v.maxAge = 8;
    v.framework = FrameworkStatus::Suspended;
    v.ofsted = OfstedRating::Inadequate;
    v.hasPets = true;
    v.at = north(50);
    const MatchResult m = runOne(r, v, {});
    REQUIRE(m.exclusions.size() == 1);
    const QList<HardRule> rules = m.rules(m.exclusions[0]);
    CHECK(rules == QList<HardRule>{HardRule::AgeWithinApproval, HardRule::EssentialSkills, HardRule::Pets,
                                   HardRule::ProviderStatus, HardRule::OfstedRating, HardRule::MaxDistance});
    CHECK(m.reasons(m.exclusions[0]).size() == 6);
}

struct SoftCase {
    const char* name;
    SoftCriterion criterion;
    std::function<void(Referral&)> referral;
    std::function<void(RegisterVacancy&)> better;
    std::function<void(RegisterVacancy&)> worse;
};

TEST_CASE("each soft criterion scores the better vacancy higher", "[matching]") {
    const SoftCase sc = GENERATE(values<SoftCase>({
        {"home distance", SoftCriterion::DistanceHome, [](Referral&) {},
         [](RegisterVacancy& v) { v.at = north(8); }, [](RegisterVacancy& v) { v.at = north(35); }},
        {"school distance", SoftCriterion::DistanceSchool,
         [](Referral& r) { r.schoolPostcode = QStringLiteral("RV1 2AB"); },
         [](RegisterVacancy& v) { v.at = north(3); }, [](RegisterVacancy& v) { v.at = north(45); }},
        {"cultural", SoftCriterion::CulturalMatch, [](Referral&) {}, [](RegisterVacancy&) {},
         [](RegisterVacancy& v) { v.carerEthnicity = QStringLiteral("BAFR"); }},
        {"desirable", SoftCriterion::DesirableCriteria,
         [](Referral& r) { r.desirableCriteria << crit("skill", "therapeutic"); },
         [](RegisterVacancy& v) { v.skills |= skillBit(Skill::Therapeutic); }, [](RegisterVacancy&) {}},
        {"whole cost", SoftCriterion::WholeCost, [](Referral&) {},
         [](RegisterVacancy& v) { v.weeklyFee = 700; }, [](RegisterVacancy& v) { v.weeklyFee = 1400; }},
        {"quality", SoftCriterion::Quality, [](Referral&) {},
         [](RegisterVacancy& v) { v.ofsted = OfstedRating::Outstanding; },
         [](RegisterVacancy& v) {
             v.placementsWithUs = 10;
             v.disruptions = 4;
         }},
        {"preference", SoftCriterion::Preference, [](Referral&) {},
         [](RegisterVacancy& v) { v.framework = FrameworkStatus::InHouse; },
         [](RegisterVacancy& v) { v.framework = FrameworkStatus::Spot; }},
        {"siblings", SoftCriterion::SiblingsTogether, [](Referral& r) { r.siblingCount = 1; },
         [](RegisterVacancy& v) {
             v.places = 2;
             v.skills |= skillBit(Skill::SiblingGroups);
         },
         [](RegisterVacancy& v) { v.places = 2; }},
    }));
    SECTION(sc.name) {
        Referral r = baseReferral();
        sc.referral(r);
        auto snap = std::make_shared<RegisterSnapshot>();
        RegisterVacancy good = baseVacancy(), bad = baseVacancy();
        sc.better(good);
        sc.worse(bad);
        bad.vacancyId = 2;
        snap->vacancies = {good, bad};
        const MatchReferral m = MatchReferral::from(r, {{QStringLiteral("RV1 2AB"), kHome}}, kToday);
        const MatchResult res = MatchEngine::run(m, snap, MatchSettings{});
        REQUIRE(res.candidates.size() == 2);
        const auto& first = res.candidates[0];
        const auto& second = res.candidates[1];
        CHECK(res.vacancy(first.index).vacancyId == 1);
        CHECK(first.parts[size_t(sc.criterion)] > second.parts[size_t(sc.criterion)]);
        CHECK(first.score > second.score);
        CHECK_FALSE(res.explain(first)[int(sc.criterion)].explanation.isEmpty());
    }
}

TEST_CASE("whole cost adds school and contact travel at the mileage rate", "[matching]") {
    Referral r = baseReferral();
    r.schoolPostcode = QStringLiteral("RV1 2AB");
    r.keepSchoolPlace = true;
    r.contact << ContactArrangement{QStringLiteral("Mother"), 2, QStringLiteral("RV1 2AB")};
    const MatchReferral m = MatchReferral::from(r, {{QStringLiteral("RV1 2AB"), kHome}}, kToday);
    MatchSettings s;
    s.mileageRatePence = 50;
    const Coordinates at = north(10);
    const double miles = milesBetween(at, kHome);
    const WholeCost c = WholeCost::of(m, at, 800, 100, s);
    CHECK(c.fee == 800);
    CHECK(c.extras == 100);
    CHECK(c.schoolTravel == Approx(2 * miles * 5 * 0.5));
    CHECK(c.contactTravel == Approx(2 * miles * 2 * 0.5));
    CHECK(c.total() == Approx(900 + 2 * miles * 7 * 0.5));
    CHECK(c.describe().contains(QStringLiteral("school travel")));
}

TEST_CASE("matching is deterministic with the stated tie-break", "[matching]") {
    std::mt19937 rng(7);
    auto snap = std::make_shared<RegisterSnapshot>();
    for (int i = 1; i <= 3000; ++i) {
        RegisterVacancy v = baseVacancy();
        v.vacancyId = i;
        v.weeklyFee = 700 + 50 * (rng() % 6);
        v.at = north(double(rng() % 4) * 10);
        v.framework = FrameworkStatus(rng() % 5);
        v.maxAge = rng() % 5 == 0 ? 10 : 17;
        snap->vacancies.push_back(v);
    }
    const MatchReferral m = MatchReferral::from(baseReferral(), {{QStringLiteral("RV1 2AB"), kHome}}, kToday);
    const MatchResult a = MatchEngine::run(m, snap, MatchSettings{});
    auto shuffled = std::make_shared<RegisterSnapshot>(*snap);
    std::shuffle(shuffled->vacancies.begin(), shuffled->vacancies.end(), rng);
    const MatchResult b = MatchEngine::run(m, shuffled, MatchSettings{});
    REQUIRE(a.candidates.size() == b.candidates.size());
    REQUIRE(a.candidates.size() > 100);
    for (size_t i = 0; i < a.candidates.size(); ++i) {
        CHECK(a.vacancy(a.candidates[i].index).vacancyId == b.vacancy(b.candidates[i].index).vacancyId);
        if (i > 0) {
            const auto& p = a.candidates[i - 1];
            const auto& c = a.candidates[i];
            const bool ordered =
                p.score > c.score ||
                (p.score == c.score && (p.cost.total() < c.cost.total() ||
                                        (p.cost.total() == c.cost.total() &&
                                         a.vacancy(p.index).vacancyId < a.vacancy(c.index).vacancyId)));
            CHECK(ordered);
        }
    }
}

TEST_CASE("the SQL push-down follows the switched-on rules", "[matching]") {
    Referral r = baseReferral();
    r.residentialCareSuitability = QStringLiteral("Unsuitable");
    r.siblingCount = 1;
    const MatchReferral m = MatchReferral::from(r, {}, kToday);
    const VacancyFilter f = MatchService::filterFor(m, MatchSettings{}, kToday);
    CHECK(f.types == QList<PlacementType>{PlacementType::Foster, PlacementType::Supported});
    CHECK(f.minPlaces == 2);
    CHECK(f.availableBy == kNeeded);
    CHECK(f.onlyUsableProviders);
    MatchSettings off;
    for (HardRule rule : allHardRules())
        off.setRule(rule, false);
    const VacancyFilter none = MatchService::filterFor(m, off, kToday);
    CHECK(none.types.isEmpty());
    CHECK(none.minPlaces == 0);
    CHECK_FALSE(none.availableBy.has_value());
    CHECK_FALSE(none.onlyUsableProviders);
}
