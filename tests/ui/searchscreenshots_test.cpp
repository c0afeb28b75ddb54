// SPDX-License-Identifier: GPL-3.0-or-later
// Hidden: run `pd_ui_tests "[.screenshots][desk4]"` under xvfb-run (1280x800) to write the search
// popup and File › Open recent over the demo database to /tmp/pd-desk4-*.png.
#include "core/demo/demofile.h"
#include "core/services/desk.h"
#include "tests/support/catch.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/tempsettings.h"
#include "ui/mainwindow.h"
#include "ui/models/searchresultsmodel.h"
#include "ui/search/searchpopup.h"
#include "ui/widgets/recentdatabases.h"
#include "ui/widgets/recentdatabasesmenu.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QMenuBar>
#include <QPainter>
#include <QTest>

using namespace pd;

namespace {

/// The window as it is on screen: its own picture with its popups drawn where they are.
void shoot(QWidget& window, const QList<QWidget*>& popups, const char* name) {
    QApplication::processEvents();
    QPixmap shot = window.grab();
    QPainter painter(&shot);
    for (QWidget* w : popups)
        if (w && w->isVisible())
            painter.drawPixmap(window.mapFromGlobal(w->mapToGlobal(QPoint(0, 0))), w->grab());
    painter.end();
    shot.save(QStringLiteral("/tmp/pd-desk4-%1.png").arg(QLatin1String(name)));
}

} // namespace

TEST_CASE("screenshots of search everything and Open recent", "[.screenshots][desk4]") {
    test::TempSettings settings;
    const QString demo = QDir(settings.dir()).filePath(QStringLiteral("riverton-demo.sqlite"));
    PD_REQUIRE_OK(core::createDemoFile(demo, core::JournalMode::Local, {}));
    ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    QApplication::setActiveWindow(&window);
    // Files and a server opened before, one file since moved away.
    for (const char* name : {"training.sqlite", "placements-2025.sqlite"})
        ui::RecentDatabases::add(QDir(settings.dir()).filePath(QLatin1String(name)));
    QFile(QDir(settings.dir()).filePath(QStringLiteral("training.sqlite"))).open(QIODevice::WriteOnly);
    ui::RecentDatabases::add(QStringLiteral("postgresql://sam.patel@db.riverton.example/placements"));
    REQUIRE(window.openLocation(demo));
    window.tabs()->setCurrentIndex(1);

    ui::SearchPopup* popup = window.searchPopup();
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    REQUIRE(popup->isVisible());
    QTest::keyClicks(popup->searchBox(), QStringLiteral("okafor"));
    popup->searchNow();
    for (int i = 0; i < 500 && popup->model()->results().text != QStringLiteral("okafor"); ++i)
        QTest::qWait(10);
    QTest::keyClick(popup->searchBox(), Qt::Key_Down);
    QTest::keyClick(popup->searchBox(), Qt::Key_Down);
    shoot(window, {popup}, "search");
    QTest::keyClick(popup->searchBox(), Qt::Key_Escape);

    QMenu* file = window.menuBar()->actions().first()->menu();
    file->popup(window.mapToGlobal(window.menuBar()->actionGeometry(file->menuAction()).bottomLeft()));
    QApplication::processEvents();
    ui::RecentDatabasesMenu* recent = window.recentMenu();
    file->setActiveAction(recent->menuAction());
    recent->popup(file->mapToGlobal(file->actionGeometry(recent->menuAction()).topRight()));
    QApplication::processEvents();
    recent->setActiveAction(recent->actions().value(1));
    shoot(window, {file, recent}, "open-recent");
    recent->close();
    file->close();
}
