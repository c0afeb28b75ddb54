// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13: the main window is usable before the areas read their rows; the areas behind other tabs
// read only when they are shown, and the long reads run off the GUI thread.
#include "core/demo/demofile.h"
#include "core/services/desk.h"
#include "tests/support/catch.h"
#include "tests/support/tempdatabase.h"
#include "ui/dashboard/dashboardarea.h"
#include "ui/mainwindow.h"
#include "ui/models/placementlistmodel.h"
#include "ui/models/referralfilterproxy.h"
#include "ui/placements/placementsarea.h"
#include "ui/referrals/referralsarea.h"

#include <QProgressBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {

bool busyBarShown(const ui::MainWindow& window) {
    for (const QProgressBar* bar : window.statusBar()->findChildren<QProgressBar*>())
        if (bar->isVisible())
            return true;
    return false;
}

} // namespace

TEST_CASE("on screen, the area in front reads its rows off the GUI thread and the others only when shown",
          "[ui][mainwindow][issue13]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    PD_REQUIRE_OK(core::createDemoFile(path, core::JournalMode::Local, {}));
    auto expected = core::Desk::open(path);
    REQUIRE(expected);
    auto referrals = expected.value()->referrals().list();
    auto placements = expected.value()->placements().current();
    REQUIRE(referrals);
    REQUIRE(placements);
    REQUIRE(!referrals->isEmpty());
    REQUIRE(!placements->isEmpty());

    ui::MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto desk = core::Desk::open(path);
    REQUIRE(desk);
    window.setDesk(std::move(desk.value()));

    auto* front = window.area<ui::ReferralsArea>();
    window.tabs()->setCurrentWidget(front); // My work is the first tab; it reads the same way
    auto* behind = window.area<ui::PlacementsArea>();
    auto* dashboard = window.area<ui::DashboardArea>();
    // setDesk returned before the referrals were read: the list fills when the worker is done,
    // with a busy bar meanwhile.
    CHECK(front->proxy()->sourceModel()->rowCount() == 0);
    CHECK(busyBarShown(window));
    REQUIRE(QTest::qWaitFor([&] { return front->proxy()->sourceModel()->rowCount() > 0; }, 20000));
    CHECK(front->proxy()->sourceModel()->rowCount() == referrals->size());
    REQUIRE(QTest::qWaitFor([&] { return !busyBarShown(window); }, 5000));

    // Behind their tabs, Placements and the Dashboard have read nothing yet.
    CHECK(behind->stale());
    CHECK(behind->model()->rowCount() == 0);
    CHECK(dashboard->stale());
    CHECK(dashboard->data().history.children.isEmpty());

    window.tabs()->setCurrentWidget(behind);
    CHECK(!behind->stale());
    REQUIRE(QTest::qWaitFor([&] { return behind->model()->rowCount() > 0; }, 20000));
    CHECK(behind->model()->rowCount() == placements->size());

    window.tabs()->setCurrentWidget(dashboard);
    REQUIRE(QTest::qWaitFor([&] { return !dashboard->data().history.children.isEmpty(); }, 60000));
    CHECK(dashboard->report().stability.lookedAfter > 0);
}

TEST_CASE("off screen (no window shown), an area reads at once", "[ui][mainwindow][issue13]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    PD_REQUIRE_OK(core::createDemoFile(path, core::JournalMode::Local, {}));
    auto desk = core::Desk::open(path);
    REQUIRE(desk);
    ui::PlacementsArea area;
    area.setDesk(desk.value().get());
    CHECK(!area.stale());
    CHECK(area.model()->rowCount() > 0);
    area.setDesk(nullptr);
}
