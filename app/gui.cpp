// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui.h"

#include "core/demo/demofile.h"
#include "core/domain/serveraddress.h"
#include "core/services/desk.h"
#include "ui/area.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QThreadPool>
#include <QTimer>
#include <cstdio>
#include <utility>

namespace pd::app {

namespace {

const QString kLastDatabaseKey = QStringLiteral("database/last");

core::Result<std::unique_ptr<core::Desk>> openOrCreateDemo() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("demo.sqlite"));
    if (QFileInfo::exists(path))
        return core::Desk::open(path);
    if (auto s = core::createDemoFile(path, core::JournalMode::Local, {}); !s)
        return s.error();
    return core::Desk::open(path);
}

} // namespace

int runGui(QApplication& app) {
    QElapsedTimer startup;
    startup.start();
    QApplication::setApplicationName(QStringLiteral("Placement Desk"));
    QApplication::setOrganizationName(QStringLiteral("Placement Desk"));
    QApplication::setApplicationVersion(QStringLiteral(PD_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/placement-desk.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Placement Desk"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("The database to open."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("screenshot"), QStringLiteral("Save a PNG of the window and quit."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("tab"), QStringLiteral("The tab to show first (0-based)."), QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("startup-report"), QStringLiteral("Print the start-up time to stderr.")});
    parser.process(app);

    QSettings settings;
    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        path = settings.value(kLastDatabaseKey).toString();
    core::Result<std::unique_ptr<core::Desk>> db =
        !path.isEmpty() && (parser.isSet(QStringLiteral("db")) || core::ServerAddress::isServer(path) ||
                            QFileInfo::exists(path))
            ? core::Desk::open(path)
            : openOrCreateDemo();
    if (!db && !parser.isSet(QStringLiteral("db")))
        db = openOrCreateDemo(); // the remembered file is gone or broken: fall back to the demo

    ui::MainWindow window;
    QObject::connect(&window, &ui::MainWindow::databaseOpened, &window,
                     [](const QString& p) { QSettings().setValue(kLastDatabaseKey, p); });
    if (parser.isSet(QStringLiteral("tab")))
        window.tabs()->setCurrentIndex(parser.value(QStringLiteral("tab")).toInt());
    // On screen first: then only the area in front reads its rows (ui/area.h), the others when
    // they are opened, so a large file opens as fast as a small one.
    window.show();
    auto* front = qobject_cast<ui::Area*>(window.tabs()->currentWidget());
    if (front && parser.isSet(QStringLiteral("startup-report")))
        QObject::connect(front, &ui::Area::reading, &window,
                         [&startup, reported = false](const QString& what) mutable {
                             if (what.isEmpty() && !std::exchange(reported, true))
                                 fprintf(stderr, "startup: rows of the area in front shown after %lld ms\n",
                                         static_cast<long long>(startup.elapsed()));
                         });
    if (db)
        window.setDesk(std::move(db.value()));
    if (!db)
        QMessageBox::warning(&window, QObject::tr("Cannot open the database"), db.error().message);

    if (parser.isSet(QStringLiteral("startup-report")))
        QTimer::singleShot(0, &window, [&startup] {
            fprintf(stderr, "startup: main window usable after %lld ms\n",
                    static_cast<long long>(startup.elapsed()));
        });
    const QString shot = parser.value(QStringLiteral("screenshot"));
    if (!shot.isEmpty()) {
        QTimer::singleShot(300, &window, [&window, shot] {
            window.grab().save(shot);
            QApplication::quit();
        });
    }
    const int code = app.exec();
    // A read still running off the GUI thread (My work on a big database on the server) finishes
    // before the window, its connections and the database drivers are taken down under it.
    QThreadPool::globalInstance()->waitForDone();
    return code;
}

} // namespace pd::app
