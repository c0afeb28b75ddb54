// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, item 5: no stale screens. A colleague's save on another connection to the same file
// shows in the Referrals list, My work and an open referral window without F5; a window with
// unsaved edits keeps them and says a colleague changed the referral.
#include "core/services/desk.h"
#include "tests/support/catch.h"
#include "tests/support/referralbuilder.h"
#include "tests/support/tempdatabase.h"
#include "ui/mainwindow.h"
#include "ui/models/referrallistmodel.h"
#include "ui/models/worklistmodel.h"
#include "ui/mywork/myworkarea.h"
#include "ui/referrals/referralform.h"
#include "ui/referrals/referralsarea.h"
#include "ui/referrals/referralwindow.h"
#include "ui/widgets/changewatch.h"

#include <QApplication>
#include <QFrame>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace pd;

namespace {

constexpr int kWait = 20000; // the upper bound of a wait, never a sleep: each wait returns at once when true

// QtTest's QTRY_ macros must not be used here: on a time-out they `return` from the test case
// without telling Catch2, so it passed whatever came after. Wait, then let Catch2 check.
#define PD_WAIT_REQUIRE(condition)                                                                           \
    do {                                                                                                     \
        (void)QTest::qWaitFor([&] { return bool(condition); }, kWait);                                       \
        REQUIRE(condition);                                                                                  \
    } while (false)
#define PD_WAIT_COMPARE(actual, expected)                                                                    \
    do {                                                                                                     \
        (void)QTest::qWaitFor([&] { return (actual) == (expected); }, kWait);                                \
        REQUIRE((actual) == (expected));                                                                     \
    } while (false)

template <class A> A* areaOf(ui::MainWindow& w) {
    for (int i = 0; i < w.tabs()->count(); ++i)
        if (auto* a = qobject_cast<A*>(w.tabs()->widget(i)))
            return a;
    return nullptr;
}

core::Referral overdueFor(const QString& officer, const QString& socialWorker) {
    core::Referral r = test::completeReferral();
    r.officer = officer;
    r.socialWorker = socialWorker;
    r.neededByDate = QDate::currentDate().addDays(-3);
    return r;
}

bool listed(const ui::WorkListModel& m, const QString& text) {
    for (const core::WorkItem& w : m.items())
        if (w.what.contains(text) || w.why.contains(text))
            return true;
    return false;
}

/// Two officers on one file: "tester" for this program's window, and the colleague's own Desk
/// (returned: a connection of its own, as another PC's would be).
core::Desk colleagueOn(test::TempDatabase& t) {
    test::addUser(t.db(), QStringLiteral("tester"), core::Role::Officer);
    test::addUser(t.db(), QStringLiteral("colleague"), core::Role::Officer);
    return core::Desk(t.openAnother(QStringLiteral("colleague")));
}

/// The main window as "tester", on screen, looking for colleagues' changes every 100 ms.
void showAsTester(ui::MainWindow& window, test::TempDatabase& t) {
    window.setDesk(std::make_unique<core::Desk>(t.openAnother(QStringLiteral("tester"))));
    window.changeWatch()->setInterval(100);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
}

} // namespace

TEST_CASE("a colleague's new referral shows in the Referrals list and My work without F5",
          "[ui][stale][issue14]") {
    test::TempDatabase t;
    core::Desk colleague = colleagueOn(t);

    ui::MainWindow window;
    showAsTester(window, t);
    auto* referrals = areaOf<ui::ReferralsArea>(window);
    auto* myWork = areaOf<ui::MyWorkArea>(window);
    REQUIRE(referrals);
    REQUIRE(myWork);
    window.tabs()->setCurrentWidget(referrals);
    PD_WAIT_COMPARE(referrals->view()->model()->rowCount(), 0);

    // Through the colleague's own connection: nothing in this program is told.
    QSignalSpy seen(window.changeWatch(), &ui::ChangeWatch::changed);
    auto id =
        colleague.referrals().create(overdueFor(QStringLiteral("tester"), QStringLiteral("R. Colleague")));
    PD_REQUIRE_OK(id);
    PD_REQUIRE_OK(
        colleague.workflow().apply(id.value(), core::TransitionRequest{})); // submitted: no longer a draft
    PD_WAIT_COMPARE(referrals->view()->model()->rowCount(), 1);
    CHECK(seen.size() >= 1);
    CHECK(referrals->view()->model()->index(0, 0).data().toString() ==
          colleague.referrals().load(id.value())->reference);

    // My work is behind another tab: marked stale, read when it comes to the front.
    CHECK(myWork->stale());
    CHECK_FALSE(listed(*myWork->model(), QStringLiteral("3 days ago")));
    window.tabs()->setCurrentWidget(myWork);
    PD_WAIT_REQUIRE(listed(*myWork->model(), QStringLiteral("3 days ago")));
    CHECK_FALSE(myWork->stale());
}

TEST_CASE("an open referral window follows a colleague's save, and keeps unsaved edits with a bar",
          "[ui][stale][issue14]") {
    test::TempDatabase t;
    core::Desk colleague = colleagueOn(t);
    auto id = colleague.referrals().create(overdueFor(QStringLiteral("tester"), QStringLiteral("A. First")));
    PD_REQUIRE_OK(id);

    ui::MainWindow window;
    window.setDesk(std::make_unique<core::Desk>(t.openAnother(QStringLiteral("tester"))));
    window.changeWatch()->setInterval(100);
    auto* referrals = areaOf<ui::ReferralsArea>(window);
    ui::ReferralWindow* open = referrals->openReferral(id.value());
    REQUIRE(open);
    ui::ReferralForm* form = open->form();
    CHECK(form->socialWorkerEdit()->text() == QStringLiteral("A. First"));

    // Not edited here: the colleague's version is shown.
    auto change = [&](const QString& socialWorker) {
        auto r = colleague.referrals().load(id.value());
        REQUIRE(r.ok());
        core::Referral next = r.value();
        next.socialWorker = socialWorker;
        PD_REQUIRE_OK(colleague.referrals().save(next));
    };
    change(QStringLiteral("B. Second"));
    PD_WAIT_COMPARE(form->socialWorkerEdit()->text(), QStringLiteral("B. Second"));
    CHECK_FALSE(open->changedBar()->isVisibleTo(open));
    CHECK_FALSE(open->hasUnsavedChanges());

    // Edited here and not saved: the edit stays, a bar says a colleague changed the referral.
    form->socialWorkerEdit()->setText(QStringLiteral("Mine, unsaved"));
    emit form->socialWorkerEdit()->textEdited(QStringLiteral("Mine, unsaved"));
    REQUIRE(open->hasUnsavedChanges());
    change(QStringLiteral("C. Third"));
    PD_WAIT_REQUIRE(open->changedBar()->isVisibleTo(open));
    CHECK(form->socialWorkerEdit()->text() == QStringLiteral("Mine, unsaved"));
    QPushButton* reload = nullptr;
    for (QPushButton* b : open->changedBar()->findChildren<QPushButton*>())
        if (b->text() == QStringLiteral("Reload"))
            reload = b;
    REQUIRE(reload);
    reload->click();
    CHECK(form->socialWorkerEdit()->text() == QStringLiteral("C. Third"));
    CHECK_FALSE(open->changedBar()->isVisibleTo(open));
    CHECK_FALSE(open->hasUnsavedChanges());
    delete open;
}

TEST_CASE("a colleague's save keeps the officer's row and scroll position in the Referrals list",
          "[ui][stale][issue14]") {
    test::TempDatabase t;
    core::Desk colleague = colleagueOn(t);
    QList<qint64> ids;
    for (int i = 0; i < 60; ++i) {
        auto id = colleague.referrals().create(test::completeReferral());
        PD_REQUIRE_OK(id);
        ids << id.value();
    }

    ui::MainWindow window;
    showAsTester(window, t);
    auto* referrals = areaOf<ui::ReferralsArea>(window);
    REQUIRE(referrals);
    window.tabs()->setCurrentWidget(referrals);
    QTableView* view = referrals->view();
    PD_WAIT_COMPARE(view->model()->rowCount(), 60);

    // The officer is working far down the list.
    const auto rowOf = [&](qint64 id) {
        const auto found = view->model()->match(
            view->model()->index(0, 0), int(ui::ReferralListModel::Role::Id), id, 1, Qt::MatchExactly);
        return found.isEmpty() ? -1 : found.first().row();
    };
    const qint64 chosen = ids.at(12);
    const int before = rowOf(chosen);
    REQUIRE(before >= 0);
    view->setFocus();
    view->selectRow(before);
    view->scrollTo(view->model()->index(before, 0), QAbstractItemView::PositionAtTop);
    QApplication::processEvents();
    const int scroll = view->verticalScrollBar()->value();
    REQUIRE(scroll > 0);

    // A colleague's new referral comes in above it.
    PD_REQUIRE_OK(colleague.referrals().create(test::completeReferral()));
    PD_WAIT_COMPARE(view->model()->rowCount(), 61);
    const auto currentId = [&] {
        return view->currentIndex()
            .siblingAtColumn(0)
            .data(int(ui::ReferralListModel::Role::Id))
            .toLongLong();
    };
    PD_WAIT_COMPARE(currentId(), chosen); // the same referral, wherever its row went
    CHECK(view->selectionModel()->selectedRows().size() == 1);
    CHECK(view->selectionModel()->selectedRows().first().row() == rowOf(chosen));
    PD_WAIT_COMPARE(view->verticalScrollBar()->value(), scroll);
    CHECK(view->hasFocus());
}
