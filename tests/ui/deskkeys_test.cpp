// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, items 9 and 10: keys from the search box to the list, Ctrl+F in every area, Esc closes,
// F1 opens the user guide at the area's section, overdue referrals flagged in words.
#include "core/services/referralservice.h"
#include "tests/support/catch.h"
#include "tests/support/referralbuilder.h"
#include "tests/support/tempdatabase.h"
#include "ui/help/userguidewindow.h"
#include "ui/mainwindow.h"
#include "ui/models/referrallistmodel.h"
#include "ui/referrals/referralform.h"
#include "ui/referrals/referralsarea.h"
#include "ui/referrals/referralwindow.h"
#include "ui/widgets/searchkeys.h"

#include <QAction>
#include <QApplication>
#include <QFont>
#include <QLineEdit>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

using namespace pd;

TEST_CASE("Down from the search box reaches the list, Enter opens the referral found",
          "[ui][keyboard][issue14]") {
    test::TempDatabase t;
    core::ReferralService service(t.db());
    for (const char* name : {"Amy", "Ben", "Cara"}) {
        core::Referral r = test::completeReferral();
        r.children[0].firstName = QString::fromLatin1(name);
        PD_REQUIRE_OK(service.create(r));
    }
    ui::ReferralsArea area;
    area.setDesk(&t.desk());
    area.show();
    area.searchEdit()->setFocus();
    QTest::keyClicks(area.searchEdit(), QStringLiteral("a"));
    REQUIRE(area.view()->model()->rowCount() >= 2);
    QTest::keyClick(area.searchEdit(), Qt::Key_Down);
    CHECK(area.view()->currentIndex().row() == 0);
    // The window's focus (it takes it when active; the offscreen test window may not be).
    CHECK(area.window()->focusWidget() == area.view());

    area.searchEdit()->setFocus();
    area.searchEdit()->clear();
    area.view()->setCurrentIndex({});
    QTest::keyClicks(area.searchEdit(), QStringLiteral("cara"));
    REQUIRE(area.view()->model()->rowCount() == 1);
    QTest::keyClick(area.searchEdit(), Qt::Key_Return);
    const auto windows = area.findChildren<ui::ReferralWindow*>();
    REQUIRE(windows.size() == 1);
    CHECK(windows.first()->form()->referral().children.first().firstName == QStringLiteral("Cara"));

    // Esc closes the referral window (nothing unsaved: no question).
    ui::ReferralWindow* window = windows.first();
    window->show();
    REQUIRE_FALSE(window->hasUnsavedChanges());
    QShortcut* escape = nullptr;
    for (QShortcut* s : window->findChildren<QShortcut*>())
        if (s->key() == QKeySequence(QKeySequence::Cancel))
            escape = s;
    REQUIRE(escape);
    emit escape->activated();
    CHECK_FALSE(window->isVisible());
}

TEST_CASE("Ctrl+F finds the search box of every area that has one, F1 opens the guide at its section",
          "[ui][keyboard][help][issue14]") {
    test::TempDatabase t;
    ui::MainWindow window;
    window.setDesk(std::make_unique<core::Desk>(t.openAnother()));
    window.show();
    QAction* find = nullptr;
    QAction* guide = nullptr;
    for (QAction* a : window.findChildren<QAction*>()) {
        if (a->shortcut() == QKeySequence(QKeySequence::Find))
            find = a;
        if (a->shortcut() == QKeySequence(QKeySequence::HelpContents))
            guide = a;
    }
    REQUIRE(find);
    REQUIRE(guide);
    CHECK(guide->text().remove(u'&') == QStringLiteral("User guide"));
    QStringList searched;
    for (int i = 0; i < window.tabs()->count(); ++i) {
        window.tabs()->setCurrentIndex(i);
        QLineEdit* box = ui::searchBoxOf(window.tabs()->widget(i));
        if (!box)
            continue;
        find->trigger();
        CHECK(box->window()->focusWidget() == box);
        searched << window.tabs()->tabText(i).remove(u'&');
    }
    CHECK(searched == QStringList{QStringLiteral("Referrals"), QStringLiteral("Providers"),
                                  QStringLiteral("Placements")});

    const QStringList sections{QStringLiteral("My work"), QStringLiteral("Referrals"),
                               QStringLiteral("Provider register"), QStringLiteral("Placement"),
                               QStringLiteral("Dashboard")};
    for (int i = 0; i < 5; ++i) {
        window.tabs()->setCurrentIndex(i);
        guide->trigger();
        auto* help = window.findChild<ui::UserGuideWindow*>();
        REQUIRE(help);
        CHECK(help->isVisible());
        // Placements opens "Placements and the child's page" (or the top of the guide).
        const QString shown = help->browser()->textCursor().block().text();
        INFO(shown.toStdString());
        CHECK((i == 3 ? shown.startsWith(sections[i]) : shown == sections[i]));
    }
    CHECK(window.findChildren<ui::UserGuideWindow*>().size() == 1);
    auto* help = window.findChild<ui::UserGuideWindow*>();
    CHECK(help->browser()->toPlainText().contains(QStringLiteral("Getting started")));
    CHECK(help->showSection(QStringLiteral("Matching")) ==
          QStringLiteral("Matching, sending, offers and permission to place"));
}

TEST_CASE("an emergency whose needed-by date has passed is flagged in words, not only in red",
          "[ui][referrals][issue14]") {
    const QDate today(2026, 12, 6);
    core::ReferralListRow late;
    late.emergency = true;
    late.state = core::ReferralState::Searching;
    late.neededByDate = today.addDays(-12);
    core::ReferralListRow placed = late;
    placed.state = core::ReferralState::Placed;
    core::ReferralListRow soon = late;
    soon.neededByDate = today.addDays(2);
    ui::ReferralListModel model;
    model.setToday(today);
    model.setRows({late, placed, soon});
    const QModelIndex lateUrgency = model.index(0, ui::ReferralListModel::Urgency);
    CHECK(lateUrgency.data().toString() == QStringLiteral("⚠ Emergency — overdue: needed 12 days ago"));
    CHECK(lateUrgency.data(Qt::FontRole).value<QFont>().bold());
    CHECK(lateUrgency.data(Qt::ToolTipRole).toString() ==
          QStringLiteral("Needed by 24/11/2026, 12 days ago, and still searching."));
    CHECK(lateUrgency.data(int(ui::ReferralListModel::Role::DaysOverdue)).toInt() == 12);
    CHECK(model.index(1, ui::ReferralListModel::Urgency).data().toString() == QStringLiteral("Emergency"));
    CHECK(model.index(2, ui::ReferralListModel::Urgency).data().toString() == QStringLiteral("Emergency"));
}
