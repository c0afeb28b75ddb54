// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, item 10: the home view (My work) is the first tab and opens what it lists.
#include "core/demo/demofile.h"
#include "core/services/desk.h"
#include "tests/support/catch.h"
#include "tests/support/tempdatabase.h"
#include "ui/mainwindow.h"
#include "ui/models/worklistmodel.h"
#include "ui/mywork/myworkarea.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

using namespace pd;

TEST_CASE("My work lists the manager's decisions and overdue items from the demo and opens them",
          "[ui][mywork][issue14]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    PD_REQUIRE_OK(core::createDemoFile(path, core::JournalMode::Local, {}));
    auto desk = core::Desk::open(path);
    REQUIRE(desk);
    desk.value()->setUserName(QStringLiteral("s.latimer")); // the demo's manager

    ui::MyWorkArea area;
    QAbstractItemModelTester tester(area.model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    area.setDesk(desk.value().get());
    const QList<core::WorkItem>& items = area.model()->items();
    REQUIRE_FALSE(items.isEmpty());
    CHECK(area.summary()->text().startsWith(QStringLiteral("Sarah Latimer (Manager): ")));
    // Overdue first, in words and bold; the manager's own section is there.
    bool decisions = false;
    for (const core::WorkItem& w : items)
        decisions = decisions || w.heading == QStringLiteral("Decisions waiting for you");
    CHECK(decisions);
    if (items.first().overdue) {
        const QModelIndex first = area.model()->index(0, ui::WorkListModel::Why);
        CHECK(first.data(Qt::FontRole).value<QFont>().bold());
        const QString why = first.data().toString();
        CHECK((why.contains(QStringLiteral(" ago;")) || why.startsWith(QStringLiteral("Review overdue by"))));
    }
    // Enter on a referral row opens that referral; a review row opens the child's page.
    QSignalSpy referral(&area, &ui::MyWorkArea::referralActivated);
    QSignalSpy child(&area, &ui::MyWorkArea::childActivated);
    for (int row = 0; row < items.size(); ++row)
        emit area.view()->activated(area.model()->index(row, ui::WorkListModel::What));
    int referrals = 0, children = 0;
    for (const core::WorkItem& w : items)
        (w.record == core::WorkRecord::Referral ? referrals : children) +=
            w.record != core::WorkRecord::Invoice;
    CHECK(referral.size() == referrals);
    CHECK(child.size() == children);
    REQUIRE_FALSE(referral.isEmpty());
    CHECK(referral.first().first().toLongLong() > 0);
    area.setDesk(nullptr);
}

TEST_CASE("My work is the first tab of the main window, Ctrl+1", "[ui][mywork][mainwindow][issue14]") {
    ui::MainWindow window;
    REQUIRE(window.tabs()->count() == 5);
    CHECK(window.tabs()->tabText(0) == QStringLiteral("My &work"));
    CHECK(qobject_cast<ui::MyWorkArea*>(window.tabs()->widget(0)));
    CHECK(window.areaActions().first()->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_1));
}
