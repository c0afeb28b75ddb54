// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/catch.h"
#include "tests/support/cliprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using pd::test::runCli;

namespace {
const QString kEpisodes = QStringLiteral(PD_SOURCE_DIR "/docs/examples/ssda903-episodes.csv");
const QString kHeader = QStringLiteral(PD_SOURCE_DIR "/docs/examples/ssda903-header.csv");
} // namespace

TEST_CASE("import ssda903 then indicators --json prints the DESIGN.md keys", "[cli][indicators]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("la.sqlite"));
    auto imported = runCli({QStringLiteral("import"), QStringLiteral("ssda903"), QStringLiteral("--db"), db,
                            QStringLiteral("--episodes"), kEpisodes, QStringLiteral("--header"), kHeader});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("12 episodes of 6 children")));

    auto run = runCli({QStringLiteral("indicators"), QStringLiteral("--db"), db,
                       QStringLiteral("--year-ending"), QStringLiteral("2024-03-31"),
                       QStringLiteral("--as-of"), QStringLiteral("2024-03-31"), QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(json[QStringLiteral("three_or_more_placements")][QStringLiteral("numerator")].toInt() == 1);
    CHECK(json[QStringLiteral("three_or_more_placements")][QStringLiteral("denominator")].toInt() == 5);
    CHECK(json[QStringLiteral("long_term_stability")][QStringLiteral("percent")].toDouble() == 100.0);
    CHECK(json[QStringLiteral("distance_over_20_miles")][QStringLiteral("unknown")].toInt() == 5);
    CHECK(json[QStringLiteral("mix")].toObject().size() == 8);
    for (const char* key : {"ifa_table", "unit_costs", "budget", "referral_funnel", "savings"})
        CHECK(json.contains(QLatin1String(key)));

    auto text = runCli({QStringLiteral("indicators"), QStringLiteral("--db"), db,
                        QStringLiteral("--year-ending"), QStringLiteral("2024-03-31")});
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("Three or more placements in the year:  20.0% (1 of 5)")));
}

TEST_CASE("indicators refuses a missing file and bad dates", "[cli][indicators]") {
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("nothing.sqlite"));
    auto noFile = runCli({QStringLiteral("indicators"), QStringLiteral("--db"), missing,
                          QStringLiteral("--year-ending"), QStringLiteral("2024-03-31")});
    CHECK(noFile.exitCode == 1);
    CHECK_FALSE(noFile.err.isEmpty());
    CHECK_FALSE(QFile::exists(missing));

    const QString bad = GENERATE(as<QString>{}, QStringLiteral("2024-04-01"), QStringLiteral("31/03/2024"),
                                 QStringLiteral("2024-02-31"), QString());
    auto badDate = runCli({QStringLiteral("indicators"), QStringLiteral("--db"), missing,
                           QStringLiteral("--year-ending"), bad});
    CHECK(badDate.exitCode == 2);
    CHECK(badDate.err.contains(QStringLiteral("Usage")));
}

TEST_CASE("import ssda903 reports invalid rows and exits non-zero", "[cli][indicators]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("la.sqlite"));
    auto wrong = runCli({QStringLiteral("import"), QStringLiteral("ssda903"), QStringLiteral("--db"), db,
                         QStringLiteral("--episodes"), kHeader, QStringLiteral("--header"), kHeader});
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(
        QStringLiteral("ssda903-header.csv, line 1: the header lacks the column(s) DECOM")));
    auto usage = runCli({QStringLiteral("import"), QStringLiteral("ssda903"), QStringLiteral("--db"), db,
                         QStringLiteral("--episodes"), kEpisodes});
    CHECK(usage.exitCode == 2);
}
