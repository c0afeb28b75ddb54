// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, "recent databases": File › Open recent lists the last eight files and server
// addresses (never a password), opens one, and shows a file that is gone disabled with the reason.
#include "core/services/desk.h"
#include "tests/support/catch.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/tempsettings.h"
#include "ui/mainwindow.h"
#include "ui/widgets/recentdatabases.h"
#include "ui/widgets/recentdatabasesmenu.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QTimer>

using namespace pd;

namespace {

QString newDatabase(const QString& folder, const QString& name) {
    const QString path = QDir(folder).filePath(name);
    core::Desk::OpenOptions options;
    options.create = true;
    auto desk = core::Desk::open(path, options);
    REQUIRE(desk.ok());
    return path;
}

QList<QAction*> entriesOf(QMenu* menu) {
    QList<QAction*> out;
    for (QAction* a : menu->actions())
        if (!a->data().toString().isEmpty())
            out << a;
    return out;
}

} // namespace

TEST_CASE("recent databases: newest first, eight at most, servers without their password",
          "[ui][recent][issue14]") {
    test::TempSettings settings;
    CHECK(ui::RecentDatabases::entries().isEmpty());
    for (int i = 1; i <= 10; ++i)
        ui::RecentDatabases::add(QDir(settings.dir()).filePath(QStringLiteral("team-%1.sqlite").arg(i)));
    QStringList list = ui::RecentDatabases::entries();
    REQUIRE(list.size() == 8);
    CHECK(list.first().endsWith(QStringLiteral("team-10.sqlite")));
    CHECK(list.last().endsWith(QStringLiteral("team-3.sqlite")));
    // Opened again: first, once.
    ui::RecentDatabases::add(QDir(settings.dir()).filePath(QStringLiteral("team-5.sqlite")));
    list = ui::RecentDatabases::entries();
    CHECK(list.size() == 8);
    CHECK(list.first().endsWith(QStringLiteral("team-5.sqlite")));
    CHECK(list.filter(QStringLiteral("team-5.sqlite")).size() == 1);

    ui::RecentDatabases::add(QStringLiteral("postgresql://officer:s3cret@db.council.example/placements"));
    list = ui::RecentDatabases::entries();
    CHECK(list.first() == QStringLiteral("postgresql://officer@db.council.example:5432/placements"));
    CHECK_FALSE(QSettings()
                    .value(QStringLiteral("database/recent"))
                    .toStringList()
                    .join(u' ')
                    .contains(QStringLiteral("s3cret")));
    CHECK(ui::RecentDatabases::available(list.first())); // a server: the program cannot tell before it tries
}

TEST_CASE("File › Open recent opens a database and shows a missing one disabled, with the reason",
          "[ui][recent][issue14]") {
    test::TempSettings settings;
    const QString first = newDatabase(settings.dir(), QStringLiteral("first.sqlite"));
    const QString second = newDatabase(settings.dir(), QStringLiteral("second.sqlite"));
    const QString gone = newDatabase(settings.dir(), QStringLiteral("gone.sqlite"));

    ui::MainWindow window;
    ui::RecentDatabasesMenu* menu = window.recentMenu();
    menu->rebuild();
    REQUIRE(menu->actions().size() == 1);
    CHECK(menu->actions().first()->text() == QStringLiteral("No databases opened yet"));
    CHECK_FALSE(menu->actions().first()->isEnabled());

    for (const QString& path : {first, gone, second})
        REQUIRE(window.openLocation(path));
    CHECK(window.desk()->path() == second);
    REQUIRE(QFile::remove(gone));
    emit menu->aboutToShow(); // as when File › Open recent is opened
    QList<QAction*> entries = entriesOf(menu);
    REQUIRE(entries.size() == 3);
    CHECK(entries.at(0)->text() ==
          QStringLiteral("&1 second.sqlite \u2014 %1").arg(QDir::toNativeSeparators(settings.dir())));
    CHECK(entries.at(0)->isEnabled());
    CHECK(entries.at(1)->text().startsWith(QStringLiteral("&2 gone.sqlite")));
    CHECK(entries.at(1)->text().endsWith(QStringLiteral(" (not found)")));
    CHECK_FALSE(entries.at(1)->isEnabled());
    CHECK(entries.at(1)->toolTip().contains(QStringLiteral("is not there any more")));
    CHECK(entries.at(2)->isEnabled());

    // The third entry opens the first database.
    entries.at(2)->trigger();
    CHECK(window.desk()->path() == first);
    emit menu->aboutToShow();
    entries = entriesOf(menu);
    CHECK(entries.at(0)->data().toString() == first);

    // A file gone after the menu was built: a message says so and the entry goes.
    QStringList said;
    QTimer watch;
    watch.setInterval(10);
    QObject::connect(&watch, &QTimer::timeout, [&said] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            said << box->text();
            box->accept();
        }
    });
    watch.start();
    emit menu->openRequested(gone);
    REQUIRE(said.size() == 1);
    CHECK(said.first().contains(QStringLiteral("is not there any more")));
    CHECK(said.first().contains(QStringLiteral("taken off the list")));
    CHECK(window.desk()->path() == first); // still the one open
    CHECK(ui::RecentDatabases::entries() == QStringList{first, second});

    // "Remove missing files" appears only while one is missing.
    ui::RecentDatabases::add(gone);
    menu->rebuild();
    QAction* removeMissing = nullptr;
    for (QAction* a : menu->actions())
        if (a->text().contains(QStringLiteral("missing")))
            removeMissing = a;
    REQUIRE(removeMissing);
    removeMissing->trigger();
    CHECK(ui::RecentDatabases::entries() == QStringList{first, second});
}
