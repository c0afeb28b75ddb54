// SPDX-License-Identifier: GPL-3.0-or-later
// What the measures read from the database: postcodes, providers by URN, referrals and budgets.
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
