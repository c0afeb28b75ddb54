// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/catch.h"
#include "tests/support/cliprocess.h"

#include <QFile>
#include <QTemporaryDir>

using pd::test::runCli;

namespace {

QString example(const char* kind) {
    return QStringLiteral(PD_SOURCE_DIR "/docs/examples/%1.csv").arg(QLatin1String(kind));
}

} // namespace

TEST_CASE("import providers|provisions|vacancies|postcodes from the command line", "[cli][register]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("register.sqlite"));
    for (const char* kind : {"postcodes", "providers", "provisions", "vacancies"}) {
        auto run = runCli(
            {QStringLiteral("import"), QString::fromLatin1(kind), QStringLiteral("--db"), db, example(kind)});
        INFO(kind << ": " << run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral(" added")));
    }
    auto again = runCli({QStringLiteral("import"), QStringLiteral("providers"), QStringLiteral("--db"), db,
                         example("providers")});
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("4 rows, 0 added, 0 updated, 4 unchanged")));

    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    QFile file(bad);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(
        "provider_urn,provision_code,available_from\nSC900001,H-014,2026-12-01\nSC900001,H-014,soon\n");
    file.close();
    auto refused =
        runCli({QStringLiteral("import"), QStringLiteral("vacancies"), QStringLiteral("--db"), db, bad});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("bad.csv, line 3:")));
    CHECK(refused.err.contains(QStringLiteral("Nothing was imported")));

    auto unknown =
        runCli({QStringLiteral("import"), QStringLiteral("castles"), QStringLiteral("--db"), db, bad});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("providers|provisions|vacancies|postcodes")));
}
