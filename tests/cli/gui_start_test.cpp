// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/catch.h"
#include "tests/support/cliprocess.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>

using pd::test::runCli;

TEST_CASE("first start without --db creates the demo database in the data folder and shows the window",
          "[cli][gui]") {
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    const QString shot = home.filePath(QStringLiteral("window.png"));

    auto first = runCli({QStringLiteral("--screenshot"), shot}, {}, env);
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    QStringList demos;
    QDirIterator it(home.filePath(QStringLiteral("data")), {QStringLiteral("demo.sqlite")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        demos << it.next();
    REQUIRE(demos.size() == 1);
    const QImage image(shot);
    CHECK(image.width() >= 800);
    CHECK(image.height() >= 500);

    // The second start opens the same (last) database rather than making another.
    auto second = runCli({QStringLiteral("--screenshot"), shot}, {}, env);
    REQUIRE(second.exitCode == 0);
    CHECK(QFileInfo::exists(demos.first()));
}
