// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/recordwriter.h"
#include "tests/support/catch.h"
#include "tests/support/tempdatabase.h"
#include "ui/mainwindow.h"
#include "ui/placements/overviewtable.h"
#include "ui/register/providersarea.h"

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
