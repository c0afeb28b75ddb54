// SPDX-License-Identifier: GPL-3.0-or-later
// Measures 5-9 on hand-built histories; the year is 1 April 2023 to 31 March 2024 (366 days: 2024 is a leap
// year).
#include "core/reports/indicatorreport.h"
#include "tests/support/catch.h"
#include "tests/support/historybuilder.h"

#include <QJsonArray>

using namespace pd::core;
using pd::test::child;

namespace {
const QDate kYearEnd(2024, 3, 31);

ChildHistory costed(ChildHistory c, std::optional<double> weekly, const char* provider = "",
                    bool selectList = false, qint64 budgetLine = 0,
                    std::optional<double> firstQuoted = std::nullopt) {
    for (Episode& e : c.episodes) {
        e.weeklyCost = weekly;
        e.providerKey = QString::fromLatin1(provider);
        e.selectList = selectList;
        e.budgetLineId = budgetLine;
        e.firstQuotedFee = firstQuoted;
    }
    return c;
}

PlacementHistory ifaHistory() {
    return PlacementHistory{{
        // A: born 1 June 2010 (13 on 31 March 2024), IFA all year at £800 with a select-list agency.
        costed(child(1, "2010-06-01", {{"2022-01-01", "", "S", "U4", "PR4"}}), 800, "provider:1", true),
        // B: born 1 January 2012 (12), IFA from 1 October 2023 (183 days) at £900, a spot agency.
        costed(child(2, "2012-01-01", {{"2023-10-01", "", "S", "U5", "PR5"}}), 900, "urn:SC2"),
        // C: in-house foster all year at £300.
        costed(child(3, "2012-01-01", {{"2022-01-01", "", "S", "U4", "PR1"}}), 300),
        // D: IFA that ended before the year: not in the table.
        costed(child(4, "2005-01-01", {{"2021-01-01", "2023-03-01", "S", "U4", "PR4"}}), 1000, "provider:7"),
    }};
}
} // namespace

TEST_CASE("measure 5: the IFA table row for a year", "[measures][costs]") {
    const IfaYear row = measureIfaYear(ifaHistory(), kYearEnd);
    CHECK(row.children == 2);                     // A and B
    CHECK(row.ifasUsed == 2);                     // provider 1 and URN SC2
    CHECK(row.selectListPercent == Approx(50.0)); // A only
    CHECK(row.averageAge == Approx(12.5));        // (13 + 12) / 2
    // (800 x 366 + 900 x 183) / (366 + 183) = 457,500 / 549 = 833.33 a week.
    REQUIRE(row.unitCost);
    CHECK(*row.unitCost == Approx(457500.0 / 549.0));
    CHECK(row.childIds == QList<qint64>{1, 2});
}

TEST_CASE("measure 6: unit costs by category are weighted by days", "[measures][costs]") {
    const QList<UnitCost> costs = measureUnitCosts(ifaHistory(), kYearEnd);
    REQUIRE(costs.size() == qsizetype(kPlacementCategories.size()));
    const UnitCost& ifa = costs[std::size_t(PlacementCategory::Ifa)];
    CHECK(ifa.children == 2);
    CHECK(ifa.days == 549);
    CHECK(*ifa.weekly == Approx(833.333).epsilon(0.0001));
    const UnitCost& inHouse = costs[std::size_t(PlacementCategory::InHouseFoster)];
    CHECK(*inHouse.weekly == Approx(300.0));
    CHECK(inHouse.days == 366);
    CHECK_FALSE(costs[std::size_t(PlacementCategory::ParentAndChild)].weekly.has_value());
}

TEST_CASE("measure 7: budget, spent to date, committed to 31 March, forecast outturn and variance",
          "[measures][budget]") {
    const PlacementHistory history{{
        // £700 a week from 1 April 2023, open: 183 days to 30 September (spent £18,300), 183 after (committed
        // £18,300).
        costed(child(1, "2012-01-01", {{"2023-04-01", "", "S", "U4", "PR4"}}), 700, "", false, 1),
        // £350 a week, 1 April to 1 June 2023 (61 days): spent £3,050, nothing committed.
        costed(child(2, "2012-01-01", {{"2023-04-01", "2023-06-01", "S", "U4", "PR4"}}), 350, "", false, 1),
        // On another line with no budget set.
        costed(child(3, "2012-01-01", {{"2023-04-01", "", "S", "U4", "PR1"}}), 70, "", false, 2),
    }};
    const QList<BudgetLineAmount> lines{
        {1, QStringLiteral("IFA"), QStringLiteral("ifa"), 50000.0, 10, 1},
        {2, QStringLiteral("Fostering"), QStringLiteral("in_house_foster"), std::nullopt, 0, 0}};
    const QList<BudgetOutturn> b = measureBudget(history, lines, kYearEnd, QDate(2023, 9, 30));
    REQUIRE(b.size() == 2);
    CHECK(b[0].spent == Approx(18300.0 + 3050.0));
    CHECK(b[0].committed == Approx(18300.0));
    CHECK(b[0].forecast() == Approx(39650.0));
    CHECK(*b[0].variance() == Approx(10350.0));       // 50,000 - 39,650: underspend
    CHECK(b[1].forecast() == Approx(70.0 * 366 / 7)); // the whole year, £3,660
    CHECK_FALSE(b[1].variance().has_value());
    // Looked at after the year has ended, everything is spent and nothing committed.
    const QList<BudgetOutturn> past = measureBudget(history, lines, kYearEnd, QDate(2024, 6, 1));
    CHECK(past[0].committed == Approx(0.0));
    CHECK(past[0].spent == Approx(36600.0 + 3050.0));
    // Looked at before it starts, everything is committed.
    const QList<BudgetOutturn> ahead = measureBudget(history, lines, kYearEnd, QDate(2023, 1, 1));
    CHECK(ahead[0].spent == Approx(0.0));
    CHECK(ahead[0].committed == Approx(39650.0));
}

TEST_CASE("measure 8: the referral funnel", "[measures][funnel]") {
    const QList<FunnelReferral> referrals{
        {1, QStringLiteral("R1"), QDate(2023, 4, 10), true, QDate(2023, 4, 12), true, 3}, // 2 days, in-house
        {2, QStringLiteral("R2"), QDate(2023, 5, 20), false, QDate(2023, 6, 19), false, 1}, // 30 days, IFA
        {3, QStringLiteral("R3"), QDate(2023, 5, 25), false, QDate(), false, 0},            // not placed
        {4, QStringLiteral("R4"), QDate(2022, 12, 1), false, QDate(2023, 1, 1), false, 4},  // last year
    };
    const ReferralFunnel f = measureReferralFunnel(referrals, kYearEnd);
    CHECK(f.referrals == 3);
    CHECK(f.perMonth[0] == 1);  // April
    CHECK(f.perMonth[1] == 2);  // May
    CHECK(f.perMonth[11] == 0); // March
    CHECK(f.emergencyPercent() == Approx(100.0 / 3));
    REQUIRE(f.medianDaysToPlacement);
    CHECK(*f.medianDaysToPlacement == Approx(16.0)); // (2 + 30) / 2
    CHECK(f.averageChoice == Approx(4.0 / 3));       // (3 + 1 + 0) / 3
    CHECK(f.choiceOfThreePercent() == Approx(100.0 / 3));
    CHECK(f.placedInHousePercent() == Approx(50.0));
}

TEST_CASE("measure 9: savings are (first quoted - agreed) x weeks in the year", "[measures][savings]") {
    const PlacementHistory history{{
        // £900 quoted, £850 agreed, 1-15 April 2023 (14 days = 2 weeks): £100.
        costed(child(1, "2012-01-01", {{"2023-04-01", "2023-04-15", "S", "U4", "PR4"}}), 850, "", false, 0,
               900.0),
        // £1,000 quoted, £900 agreed, from 18 March 2024 (14 days to 31 March): £200.
        costed(child(2, "2012-01-01", {{"2024-03-18", "", "S", "U4", "PR4"}}), 900, "", false, 0, 1000.0),
        // No first quote recorded: not counted.
        costed(child(3, "2012-01-01", {{"2023-04-01", "", "S", "U4", "PR4"}}), 900),
    }};
    const Savings s = measureSavings(history, kYearEnd);
    CHECK(s.total == Approx(300.0));
    CHECK(s.placements == 2);
}

TEST_CASE("the indicators JSON has the keys of DESIGN.md", "[measures][json]") {
    DashboardData data;
    data.history = ifaHistory();
    const QJsonObject json = indicatorJson(buildIndicatorReport(data, kYearEnd, kYearEnd));
    for (const char* key : {"three_or_more_placements", "long_term_stability", "distance_over_20_miles"}) {
        const QJsonObject r = json.value(QLatin1String(key)).toObject();
        CHECK(r.contains(QStringLiteral("numerator")));
        CHECK(r.contains(QStringLiteral("denominator")));
        CHECK(r.contains(QStringLiteral("percent")));
    }
    CHECK(json.value(QStringLiteral("distance_over_20_miles"))
              .toObject()
              .value(QStringLiteral("unknown"))
              .toInt() == 3);
    const QJsonObject mix = json.value(QStringLiteral("mix")).toObject();
    CHECK(mix.keys().size() == 8);
    CHECK(mix.value(QStringLiteral("ifa")).toInt() == 2);
    CHECK(mix.value(QStringLiteral("in_house_foster")).toInt() == 1);
    CHECK(json.value(QStringLiteral("ifa_table")).toArray().size() == 5);
}
