// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/recordwriter.h"
#include "tests/support/catch.h"
#include "tests/support/referralbuilder.h"
#include "tests/support/tempdatabase.h"
#include "ui/mainwindow.h"
#include "ui/referrals/referralsarea.h"
#include "ui/referrals/referralwindow.h"
#include "ui/register/providersarea.h"

#include <QAction>
#include <QApplication>
#include <QSet>
#include <QTabWidget>

using namespace pd;

TEST_CASE("the main window shows the team's areas over an open database", "[ui][mainwindow]") {
    test::TempDatabase t;
    PD_REQUIRE_OK(core::RecordWriter(t.db()).insert(
        QStringLiteral("providers"), {{QStringLiteral("name"), QStringLiteral("Oakfield Homes")},
                                      {QStringLiteral("kind"), QStringLiteral("childrens_home")}}));
    ui::MainWindow window;
    window.setDesk(std::make_unique<core::Desk>(t.openAnother()));
    REQUIRE(window.tabs()->count() >= 4);
    QStringList titles;
    for (int i = 0; i < window.tabs()->count(); ++i)
        titles << window.tabs()->tabText(i).remove(u'&');
    CHECK(titles.contains(QStringLiteral("Referrals")));
    CHECK(titles.contains(QStringLiteral("Providers")));
    CHECK(titles.contains(QStringLiteral("Placements")));
    CHECK(titles.contains(QStringLiteral("Dashboard")));
    CHECK(window.windowTitle().contains(QStringLiteral("test.sqlite")));
}

TEST_CASE("Ctrl+N starts a new referral (Ctrl+Shift+N a new database), Ctrl+1 to Ctrl+4 switch areas, and a "
          "read-only user sees New referral disabled with the reason",
          "[ui][mainwindow][keyboard]") {
    test::TempDatabase t;
    test::addUser(t.db(), QStringLiteral("tester"), core::Role::Officer);
    test::addUser(t.db(), QStringLiteral("reader"), core::Role::ReadOnly);
    auto desk = std::make_unique<core::Desk>(t.openAnother());
    desk->setUserName(QStringLiteral("tester"));
    ui::MainWindow window;
    window.setDesk(std::move(desk));
    QAction* newReferral = window.newReferralAction();
    REQUIRE(newReferral);
    CHECK(newReferral->shortcut() == QKeySequence(QKeySequence::New));
    CHECK(newReferral->isEnabled());
    QStringList newDatabase;
    for (QAction* a : window.findChildren<QAction*>())
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N))
            newDatabase << a->text().remove(u'&');
    CHECK(newDatabase == QStringList{QStringLiteral("New database…")});

    // Each tab has its own Alt letter (Referrals and Providers both had R).
    QSet<QChar> letters;
    for (int i = 0; i < window.tabs()->count(); ++i) {
        const QString title = window.tabs()->tabText(i);
        const qsizetype amp = title.indexOf(u'&');
        REQUIRE(amp >= 0);
        letters.insert(title.at(amp + 1).toLower());
    }
    CHECK(letters.size() == window.tabs()->count());

    REQUIRE(window.areaActions().size() == window.tabs()->count());
    for (int i = window.tabs()->count() - 1; i >= 0; --i) {
        CHECK(window.areaActions()[i]->shortcut() == QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        window.areaActions()[i]->trigger();
        CHECK(window.tabs()->currentIndex() == i);
    }

    window.tabs()->setCurrentIndex(3);
    newReferral->trigger();
    CHECK(window.tabs()->currentWidget() == window.area<ui::ReferralsArea>());
    int editors = 0;
    for (QWidget* w : QApplication::topLevelWidgets())
        editors += qobject_cast<ui::ReferralWindow*>(w) != nullptr && w->isVisible();
    CHECK(editors == 1);

    auto reading = std::make_unique<core::Desk>(t.openAnother());
    reading->setUserName(QStringLiteral("reader"));
    window.setDesk(std::move(reading));
    CHECK_FALSE(newReferral->isEnabled());
    CHECK(newReferral->toolTip().contains(QStringLiteral("reader is read only and cannot change referrals")));
}
