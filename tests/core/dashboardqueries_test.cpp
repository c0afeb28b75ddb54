// SPDX-License-Identifier: GPL-3.0-or-later
// What the measures read from the database: postcodes, providers by URN, referrals and budgets.
#include "core/demo/demogenerator.h"
#include "core/exchange/ssda903import.h"
#include "core/reports/indicatorreport.h"
#include "core/services/dashboardservice.h"
#include "core/storage/dashboardqueries.h"
#include "core/storage/dashboardsettings.h"
#include "core/storage/recordwriter.h"
#include "tests/support/catch.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/testsql.h"

using namespace pd::core;
using pd::test::TempDatabase;

namespace {
const QDate kYearEnd(2024, 3, 31);

void exec(Database& db, const QString& sql) {
    REQUIRE(pd::test::TestSql(db).run(sql).ok());
}
} // namespace

TEST_CASE("the dashboard data resolves postcodes, providers, referrals and budgets", "[measures][storage]") {
    TempDatabase t;
    PD_REQUIRE_OK(importSsda903(t.db(), QStringLiteral(PD_SOURCE_DIR "/docs/examples/ssda903-episodes.csv"),
                                QStringLiteral(PD_SOURCE_DIR "/docs/examples/ssda903-header.csv")));
    // Child 100001: home BS5 9QP, placed at BS16 2LJ, 0.4 degrees of latitude apart = 27.6 miles.
    // Child 100004: home BS2 9JT, placed at BS10 5DN, 0.1 degrees apart = 6.9 miles.
    exec(t.db(),
         QStringLiteral("INSERT INTO postcodes VALUES ('BS5 9QP', 51.40, -2.55), ('BS16 2LJ', 51.80, -2.55), "
                        "('BS2 9JT', 51.45, -2.58), ('BS10 5DN', 51.55, -2.58)"));
    // Child 100002's IFA (URN SC498011) is a select-list provider.
    PD_REQUIRE_OK(RecordWriter(t.db()).insert(
        QStringLiteral("providers"), {{QStringLiteral("name"), QStringLiteral("Harbour Fostering")},
                                      {QStringLiteral("kind"), QStringLiteral("ifa")},
                                      {QStringLiteral("ofsted_urn"), QStringLiteral("SC498011")},
                                      {QStringLiteral("framework_status"), QStringLiteral("select_list")}}));
    // A referral received 1 May 2023 (emergency) placed child 100004 in-house on 8 August 2023: 99 days,
    // with three offers meeting the essential criteria and one that did not.
    exec(t.db(),
         QStringLiteral("INSERT INTO referrals (id, reference, emergency, received_at) VALUES "
                        "(1, 'R-1', 1, '2023-05-01T09:00:00'), (2, 'R-2', 0, '2023-06-01T09:00:00')"));
    exec(t.db(), QStringLiteral("UPDATE placements SET referral_id = 1 WHERE start_date = '2023-08-08'"));
    exec(
        t.db(),
        QStringLiteral(
            "INSERT INTO providers (id, name, kind) VALUES (99, 'Council fostering', 'in_house_fostering')"));
    exec(t.db(), QStringLiteral("INSERT INTO provisions (id, provider_id, name, placement_type) VALUES (1, "
                                "99, 'Carers', 'foster')"));
    exec(t.db(),
         QStringLiteral(
             "INSERT INTO offers (referral_id, provision_id, first_quoted_fee, weekly_fee, "
             "meets_essential, received_at) VALUES (1, 1, 0, 0, 1, '2023-05-02'), "
             "(1, 1, 0, 0, 1, '2023-05-02'), (1, 1, 0, 0, 1, '2023-05-03'), (1, 1, 0, 0, 0, '2023-05-03')"));

    auto data = loadDashboardData(t.db(), kYearEnd);
    PD_REQUIRE_OK(data);
    const IndicatorReport r = buildIndicatorReport(data.value(), kYearEnd, kYearEnd);

    // Measure 3: of the five measured children two have both postcodes known; one is over 20 miles.
    CHECK(r.stability.distanceOver20Miles.numerator == 1);
    CHECK(r.stability.distanceOver20Miles.denominator == 2);
    CHECK(r.stability.distanceOver20Miles.unknown == 3);

    // Measure 5: child 100002 is the only IFA child in 2023/24; one agency, on the select list.
    const IfaYear& ifa = r.ifaTable.last();
    CHECK(ifa.children == 1);
    CHECK(ifa.ifasUsed == 1);
    CHECK(ifa.selectListPercent == Approx(100.0));

    // Measure 8: two referrals, one emergency, one placed in-house after 99 days with a choice of three.
    CHECK(r.funnel.referrals == 2);
    CHECK(r.funnel.perMonth[1] == 1); // May
    CHECK(r.funnel.perMonth[2] == 1); // June
    CHECK(r.funnel.emergencyPercent() == Approx(50.0));
    CHECK(r.funnel.placed == 1);
    CHECK(*r.funnel.medianDaysToPlacement == Approx(99.0));
    CHECK(r.funnel.placedInHousePercent() == Approx(100.0));
    CHECK(r.funnel.choiceOfThreePercent() == Approx(50.0));

    // Measure 7: a budget set for the year is read back for that year only.
    DashboardSettings settings(t.db());
    auto line = settings.addBudgetLine(QStringLiteral("Fostering"), QStringLiteral("in_house_foster"));
    PD_REQUIRE_OK(line);
    auto lines = loadBudgetLines(t.db(), kYearEnd);
    PD_REQUIRE_OK(lines);
    PD_REQUIRE_OK(settings.setBudgetAmount(lines->first(), kYearEnd, 100000));
    CHECK(loadBudgetLines(t.db(), kYearEnd)->first().amount == std::optional<double>(100000.0));
    CHECK_FALSE(loadBudgetLines(t.db(), kYearEnd.addYears(1))->first().amount.has_value());
    // A second write from the stale read is refused, not silently applied.
    PD_REQUIRE_OK(settings.setBudgetAmount(loadBudgetLines(t.db(), kYearEnd)->first(), kYearEnd, 110000));
    auto stale = loadBudgetLines(t.db(), kYearEnd).value().first();
    stale.budgetVersion -= 1;
    CHECK(settings.setBudgetAmount(stale, kYearEnd, 120000).error().kind == Error::Kind::Conflict);
}

TEST_CASE("budgets and targets are the manager's", "[measures][roles]") {
    TempDatabase t;
    // Who may set them is the service's check (core/domain/permissions), not the storage's.
    DashboardService& settings = t.desk().dashboard();
    auto line = settings.addBudgetLine(QStringLiteral("IFA placements"), QStringLiteral("ifa"));
    PD_REQUIRE_OK(line);
    const auto role =
        GENERATE(as<const char*>{}, "officer", "social_worker", "read_only", "manager", "budget_holder");
    exec(t.db(), QStringLiteral("INSERT INTO users (login, role) VALUES ('%1', '%2')")
                     .arg(t.db().userName(), QLatin1String(role)));
    const bool manager = QByteArray(role) == "manager" || QByteArray(role) == "budget_holder";
    auto lines = loadBudgetLines(t.db(), kYearEnd);
    PD_REQUIRE_OK(lines);
    const Status budget = settings.setBudgetAmount(lines->first(), kYearEnd, 5000);
    const Status targets = settings.setTargets({12.0, std::nullopt, std::nullopt});
    CHECK(budget.ok() == manager);
    CHECK(targets.ok() == manager);
    if (!manager)
        CHECK(budget.error().kind == Error::Kind::Forbidden);
}

namespace {

/// Every field the measures read, episode by episode.
void requireSameHistories(const PlacementHistory& a, const PlacementHistory& b) {
    REQUIRE(a.children.size() == b.children.size());
    for (qsizetype i = 0; i < a.children.size(); ++i) {
        const ChildHistory& x = a.children[i];
        const ChildHistory& y = b.children[i];
        REQUIRE(x.childId == y.childId);
        REQUIRE(x.childRef == y.childRef);
        REQUIRE(x.sex == y.sex);
        REQUIRE(x.dob == y.dob);
        REQUIRE(x.episodes.size() == y.episodes.size());
        for (qsizetype k = 0; k < x.episodes.size(); ++k) {
            const Episode& e = x.episodes[k];
            const Episode& f = y.episodes[k];
            const auto where = [](const std::optional<Coordinates>& c) {
                return c ? std::make_pair(c->lat, c->lon) : std::make_pair(-999.0, -999.0);
            };
            REQUIRE(e.placementId == f.placementId);
            REQUIRE((e.start == f.start && e.end == f.end));
            REQUIRE((e.rne == f.rne && e.legalStatus == f.legalStatus && e.place == f.place &&
                     e.placeProvider == f.placeProvider && e.urn == f.urn &&
                     e.placementPostcode == f.placementPostcode && e.category == f.category));
            REQUIRE((where(e.home) == where(f.home) && where(e.placed) == where(f.placed)));
            REQUIRE((e.weeklyCost == f.weeklyCost && e.firstQuotedFee == f.firstQuotedFee &&
                     e.budgetLineId == f.budgetLineId && e.referralId == f.referralId));
            REQUIRE((e.providerKey == f.providerKey && e.selectList == f.selectList &&
                     e.inHouseProvider == f.inHouseProvider));
        }
    }
}

} // namespace

TEST_CASE("histories are the same built on a second thread or between the reads of a national postcode table",
          "[measures][storage][threads]") {
    // A scale-1 demo: 4,131 placements, so the rows go over in several batches. With its own
    // postcode table the episodes are built on a second thread; with a table of postcodes 20 times
    // larger than the postcodes the rows may meet, each postcode is looked up in the database as it
    // is met, so the episodes are built between the reads, on the reading thread.
    TempDatabase t;
    DemoOptions options;
    options.seed = 3;
    PD_REQUIRE_OK(generateDemo(t.db(), options));
    auto fromTable = loadPlacementHistory(t.db());
    PD_REQUIRE_OK(fromTable);
    qint64 episodes = 0, placed = 0, home = 0;
    for (const ChildHistory& c : fromTable->children)
        for (const Episode& e : c.episodes) {
            ++episodes;
            placed += e.placed.has_value();
            home += e.home.has_value();
        }
    CHECK(episodes > 4096); // more than one batch
    CHECK(placed > episodes / 2);
    CHECK(home > episodes / 2);

    exec(t.db(),
         QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 250000) "
                        "INSERT INTO postcodes (postcode, lat, lon) SELECT 'ZZ' || i || ' 9ZZ', 50.0, "
                        "-1.0 FROM n"));
    auto probed = loadPlacementHistory(t.db());
    PD_REQUIRE_OK(probed);
    requireSameHistories(fromTable.value(), probed.value());
}
