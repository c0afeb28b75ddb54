// SPDX-License-Identifier: GPL-3.0-or-later
// The Dashboard screen on the example SSDA903 return (docs/examples), year ending 31 March 2024.
#include "core/demo/demogenerator.h"
#include "core/exchange/ssda903import.h"
#include "core/storage/auditlog.h"
#include "core/storage/dashboardsettings.h"
#include "core/storage/referralrepository.h"
#include "tests/support/catch.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/testsql.h"
#include "ui/dashboard/dashboardarea.h"
#include "ui/dashboard/dashboardtablepanel.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QFile>
#include <QSignalSpy>

using namespace pd;

namespace {

const QDate kYearEnd(2024, 3, 31);

void loadExample(test::TempDatabase& t) {
    PD_REQUIRE_OK(core::importSsda903(t.db(),
                                      QStringLiteral(PD_SOURCE_DIR "/docs/examples/ssda903-episodes.csv"),
                                      QStringLiteral(PD_SOURCE_DIR "/docs/examples/ssda903-header.csv")));
    auto line = core::DashboardSettings(t.db()).addBudgetLine(QStringLiteral("In-house fostering"),
                                                              QStringLiteral("in_house_foster"));
    PD_REQUIRE_OK(line);
    // Child 100001 costs £420 a week on that line all year: 366 days -> £21,960.
    REQUIRE(test::TestSql(t.db())
                .run(QStringLiteral("UPDATE placements SET weekly_cost = 420, budget_line_id = :line "
                                    "WHERE child_id = (SELECT id FROM children WHERE child_ref = '100001')"),
                     {{QStringLiteral(":line"), line.value()}})
                .ok());
}

} // namespace

TEST_CASE("the dashboard shows the year's measures, drills down and exports", "[ui][dashboard]") {
    test::TempDatabase t;
    loadExample(t);
    ui::DashboardArea area;
    area.resize(1280, 900);
    area.setDesk(&t.desk());
    area.setYearEnd(kYearEnd);
    REQUIRE(area.yearEnd() == kYearEnd);
    CHECK(area.report().stability.threeOrMorePlacements.numerator == 1);
    CHECK(area.report().stability.threeOrMorePlacements.denominator == 5);
    REQUIRE(area.report().budget.size() == 1);
    CHECK(area.report().budget.first().forecast() == Approx(420.0 * 366 / 7));

    SECTION("every table exports to CSV") {
        for (ui::DashboardTablePanel* panel : area.tablePanels()) {
            INFO(panel->table().title.toStdString());
            REQUIRE_FALSE(panel->table().table.rows.isEmpty());
            const QString path = t.dir() + QStringLiteral("/table.csv");
            QString error;
            REQUIRE(panel->exportCsv(path, &error));
            QFile f(path);
            REQUIRE(f.open(QIODevice::ReadOnly));
            const QList<QByteArray> lines = f.readAll().split('\n');
            CHECK(lines.first().trimmed() == panel->table().table.headers.join(u',').toUtf8());
            CHECK(lines.size() == panel->table().table.rows.size() + 2); // header, rows, final newline
        }
    }

    SECTION("clicking a bar lists the children behind it, by name") {
        // The first chart is "three or more placements"; its last bar is 2023/24, with child 100002
        // (an SSDA903 return carries no names: one is recorded here, as the file would hold it).
        PD_REQUIRE_OK(test::TestSql(t.db()).run(QStringLiteral(
            "UPDATE children SET first_name = 'Ada', last_name = 'Quinn' WHERE child_ref = '100002'")));
        auto* view = area.findChild<QChartView*>();
        REQUIRE(view);
        auto* bars = qobject_cast<QBarSeries*>(view->chart()->series().first());
        REQUIRE(bars);
        emit bars->barSets().first()->clicked(4);
        const core::TableSnapshot& behind = area.drillDownPanel()->table().table;
        REQUIRE(behind.rows.size() == 1);
        CHECK(behind.headers.mid(0, 2) == QStringList{QStringLiteral("Child"), QStringLiteral("Reference")});
        CHECK(behind.rows.first().at(0).toString() == QStringLiteral("Ada Quinn"));
        CHECK(behind.rows.first().at(1).toString() == QStringLiteral("100002"));
        CHECK(behind.rows.first().last().toInt() == 4); // four placements in the year
        // Its budget rows (placements) name the child too; one without a name shows its reference only.
        area.showBehindRow(area.tablePanels().at(4), 0);
        const core::TableSnapshot& placements = area.drillDownPanel()->table().table;
        REQUIRE(placements.rows.size() == 1);
        CHECK(placements.headers.at(1) == QStringLiteral("Reference"));
        CHECK_FALSE(placements.rows.first().at(1).toString().isEmpty());
    }

    SECTION("clicking a table row lists what is behind it") {
        // Mix row 0 is in-house foster: 100001 and 100004 at 31 March 2024.
        ui::DashboardTablePanel* mix = area.tablePanels().at(1);
        area.showBehindRow(mix, 0);
        const core::TableSnapshot& behind = area.drillDownPanel()->table().table;
        REQUIRE(behind.rows.size() == 2);
        CHECK(behind.rows.at(0).at(1).toString() == QStringLiteral("100001"));
        CHECK(behind.rows.at(1).at(1).toString() == QStringLiteral("100004"));
        // Budget rows list placements.
        area.showBehindRow(area.tablePanels().at(4), 0);
        CHECK(area.drillDownPanel()->table().table.rows.size() == 1);
        // Its CSV is offered under a clean name: words and hyphens, no commas, brackets or counts
        // (issue 14, item 8: it was "…,-april-2025-to-march-2026-(113-record(s)).csv").
        const QString name = area.drillDownPanel()->suggestedFileName();
        INFO(area.drillDownPanel()->table().title.toStdString());
        CHECK(name.endsWith(QStringLiteral(".csv")));
        CHECK(name == name.toLower());
        for (const char* bad : {",", "(", ")", " ", "--"})
            CHECK_FALSE(name.contains(QLatin1String(bad)));
    }
}

TEST_CASE("the manager's targets and budgets are saved and audited", "[ui][dashboard]") {
    test::TempDatabase t;
    loadExample(t);
    ui::DashboardArea area;
    area.setDesk(&t.desk());
    area.setYearEnd(kYearEnd);

    PD_REQUIRE_OK(area.setTargets({10.0, 65.0, std::nullopt}));
    auto targets = core::DashboardSettings(t.db()).targets();
    PD_REQUIRE_OK(targets);
    CHECK(targets->threeOrMorePlacements == std::optional<double>(10.0));
    CHECK_FALSE(targets->distanceOver20Miles.has_value());

    PD_REQUIRE_OK(area.setBudgetAmount(0, 25000));
    REQUIRE(area.report().budget.first().budget == std::optional<double>(25000.0));
    // £25,000 - £21,960 = £3,040 under.
    CHECK(*area.report().budget.first().variance() == Approx(25000.0 - 420.0 * 366 / 7));
    PD_REQUIRE_OK(area.setBudgetAmount(0, 26000)); // an update this time, with the row version read back
    CHECK(area.report().budget.first().budget == std::optional<double>(26000.0));

    auto budgetAudit = core::AuditLog(t.db()).entries(QStringLiteral("budgets"));
    PD_REQUIRE_OK(budgetAudit);
    CHECK(budgetAudit->first().newValue == QStringLiteral("26000"));
    auto settingsAudit = core::AuditLog(t.db()).entries(QStringLiteral("settings"));
    PD_REQUIRE_OK(settingsAudit);
    CHECK(settingsAudit->size() == 2);
}

TEST_CASE("the dashboard saves a PDF report with its charts", "[ui][dashboard]") {
    test::TempDatabase t;
    loadExample(t);
    ui::DashboardArea area;
    area.setDesk(&t.desk());
    area.setYearEnd(kYearEnd);
    const QList<core::ReportChart> charts = area.reportCharts();
    REQUIRE(charts.size() == 7);
    for (const core::ReportChart& c : charts)
        CHECK_FALSE(c.image.isNull());
    const QString pdf = t.dir() + QStringLiteral("/dashboard.pdf");
    PD_REQUIRE_OK(area.savePdf(pdf));
    QFile f(pdf);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.startsWith("%PDF"));
    CHECK(bytes.size() > 20000); // seven chart images are in it
}

TEST_CASE("a referral behind a funnel figure opens from the drill-down", "[ui][dashboard]") {
    test::TempDatabase t;
    PD_REQUIRE_OK(core::generateDemo(t.db(), {}));
    ui::DashboardArea area;
    area.setDesk(&t.desk());
    QSignalSpy opened(&area, &ui::DashboardArea::referralActivated);

    // Click the first funnel row that has referrals behind it...
    bool clicked = false;
    for (ui::DashboardTablePanel* panel : area.findChildren<ui::DashboardTablePanel*>()) {
        const core::DashboardTable& table = panel->table();
        if (clicked || table.drill != core::DrillKind::Referrals)
            continue;
        for (int row = 0; row < table.rowIds.size() && !clicked; ++row)
            if (!table.rowIds.at(row).isEmpty()) {
                emit panel->rowClicked(row);
                clicked = true;
            }
    }
    REQUIRE(clicked);
    // ...then double-click the first referral listed behind it.
    ui::DashboardTablePanel* drill = nullptr;
    for (ui::DashboardTablePanel* panel : area.findChildren<ui::DashboardTablePanel*>())
        if (panel->table().drill == core::DrillKind::Referrals &&
            panel->table().title.contains(QStringLiteral("record")))
            drill = panel;
    REQUIRE(drill);
    REQUIRE_FALSE(drill->table().table.rows.isEmpty());
    const QString reference = drill->table().table.rows.first().value(0).toString();
    emit drill->rowDoubleClicked(0);
    REQUIRE(opened.size() == 1);
    CHECK(opened.first().first().toLongLong() ==
          core::ReferralRepository(t.db()).idForReference(reference).value());
}

TEST_CASE("the drill-down does not keep last year's rows after the year changes",
          "[ui][dashboard][issue14]") {
    test::TempDatabase t;
    loadExample(t);
    ui::DashboardArea area;
    area.setDesk(&t.desk());
    area.setYearEnd(kYearEnd);
    area.showBehindRow(area.tablePanels().at(1), 0); // in-house foster at 31 March 2024: two children
    REQUIRE(area.drillDownPanel()->table().table.rows.size() == 2);
    area.setYearEnd(kYearEnd); // the same year again (a refresh): the rows stay
    CHECK(area.drillDownPanel()->table().table.rows.size() == 2);
    area.setYearEnd(kYearEnd.addYears(-1));
    CHECK(area.drillDownPanel()->table().table.rows.isEmpty());
    CHECK(area.drillDownPanel()->table().title.startsWith(QStringLiteral("Behind the figure")));
}
