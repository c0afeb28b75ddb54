// SPDX-License-Identifier: GPL-3.0-or-later
// export ssda903 on the demo: the return imports into a new file and gives the demo's own figures.
#include "core/exchange/ssda903export.h"
#include "core/exchange/ssda903import.h"
#include "core/exchange/ssda903rules.h"
#include "tests/support/catch.h"
#include "tests/support/cliprocess.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/testsql.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using pd::test::runCli;

namespace {

const QString kAsOf = QStringLiteral("2026-11-23"); // the demo's "today"

QJsonObject indicators(const QString& db, const QString& yearEnd) {
    auto run =
        runCli({QStringLiteral("indicators"), QStringLiteral("--db"), db, QStringLiteral("--year-ending"),
                yearEnd, QStringLiteral("--as-of"), kAsOf, QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

/// The demo's postcode table as an ONSPD-shaped file: distances need the public postcode directory,
/// which is not part of a return.
QString postcodeFile(const QString& db, const QString& path) {
    auto rows = pd::test::TestSql(db).rows(QStringLiteral("SELECT postcode, lat, lon FROM postcodes"));
    PD_REQUIRE_OK(rows);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("pcds,lat,long\n");
    for (const QVariantList& r : rows.value())
        f.write(QStringLiteral("%1,%2,%3\n")
                    .arg(r[0].toString())
                    .arg(r[1].toDouble(), 0, 'f', 6)
                    .arg(r[2].toDouble(), 0, 'f', 6)
                    .toUtf8());
    return path;
}

} // namespace

TEST_CASE("export ssda903 of the demo imports into a new file and gives the demo's own indicators",
          "[cli][ssda903]") {
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.sqlite"));
    auto made = runCli({QStringLiteral("demo"), QStringLiteral("--db"), demo});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const QString postcodes = postcodeFile(demo, dir.filePath(QStringLiteral("postcodes.csv")));

    // The last complete year and the current one (episodes still open on 31 March 2027).
    for (const QString& yearEnd : {QStringLiteral("2026-03-31"), QStringLiteral("2027-03-31")}) {
        CAPTURE(yearEnd.toStdString());
        const QString episodes = dir.filePath(QStringLiteral("episodes.csv"));
        const QString header = dir.filePath(QStringLiteral("header.csv"));
        auto exported = runCli({QStringLiteral("export"), QStringLiteral("ssda903"), QStringLiteral("--db"),
                                demo, QStringLiteral("--year-ending"), yearEnd, QStringLiteral("--episodes"),
                                episodes, QStringLiteral("--header"), header});
        INFO(exported.err.toStdString());
        REQUIRE(exported.exitCode == 0);
        CHECK(exported.out.contains(QStringLiteral("wrote ")));

        // DfE's rules (ssda903rules.h) hold on the file as written: no overlapping episodes, DEC in the
        // year...
        {
            QFile e(episodes), h(header);
            REQUIRE(e.open(QIODevice::ReadOnly));
            REQUIRE(h.open(QIODevice::ReadOnly));
            auto back =
                pd::core::readSsda903(e, QStringLiteral("episodes.csv"), h, QStringLiteral("header.csv"));
            PD_REQUIRE_OK(back);
            const pd::core::FinancialYear year =
                pd::core::FinancialYear::ending(QDate::fromString(yearEnd, Qt::ISODate));
            QStringList findings;
            int noted = 0;
            for (const pd::core::Ssda903Finding& f : pd::core::checkSsda903(back.value(), year)) {
                if (pd::core::ssda903NotedRules().contains(f.rule))
                    ++noted; // reported on stderr, not refused
                else
                    findings << f.text();
            }
            CHECK(exported.err.contains(QStringLiteral("note: %1 episode(s) break a DfE rule").arg(noted)) ==
                  (noted > 0));
            INFO(findings.mid(0, 20).join(u'\n').toStdString());
            CHECK(findings.isEmpty());
            REQUIRE(back->episodes.size() > 500);
            for (const pd::core::Ssda903Episode& ep : back->episodes) {
                CHECK(ep.start <= year.end);
                CHECK((ep.end.isNull() || (ep.end >= year.start && ep.end <= year.end)));
            }
        }

        const QString copy = dir.filePath(QStringLiteral("return-%1.sqlite").arg(yearEnd));
        auto imported =
            runCli({QStringLiteral("import"), QStringLiteral("ssda903"), QStringLiteral("--db"), copy,
                    QStringLiteral("--episodes"), episodes, QStringLiteral("--header"), header});
        INFO(imported.err.toStdString());
        REQUIRE(imported.exitCode == 0);
        auto located = runCli(
            {QStringLiteral("import"), QStringLiteral("postcodes"), QStringLiteral("--db"), copy, postcodes});
        INFO(located.err.toStdString());
        REQUIRE(located.exitCode == 0);

        const QJsonObject mine = indicators(demo, yearEnd);
        const QJsonObject theirs = indicators(copy, yearEnd);
        // Measures 1, 3 and 4 and the counts come from the return alone.
        for (const char* key : {"year_ending", "looked_after_at_31_march", "left_out_short_breaks",
                                "three_or_more_placements", "distance_over_20_miles", "mix"}) {
            CAPTURE(key);
            CHECK(mine.value(QLatin1String(key)) == theirs.value(QLatin1String(key)));
        }
        // Measure 5 for the return's own year: the IFA children, providers (by URN) and their ages.
        const QJsonObject ifaMine = mine.value(QStringLiteral("ifa_table")).toArray().last().toObject();
        const QJsonObject ifaTheirs = theirs.value(QStringLiteral("ifa_table")).toArray().last().toObject();
        for (const char* key : {"year_ending", "children", "ifas_used", "average_age"}) {
            CAPTURE(key);
            CHECK(ifaMine.value(QLatin1String(key)) == ifaTheirs.value(QLatin1String(key)));
        }
        // Not compared, as a return does not carry them: long_term_stability (needs the episodes before
        // the year), the earlier years of the trends and ifa_table, select_list_percent (the provider
        // register), unit_costs, budget and savings (costs), referral_funnel (referrals).
        CHECK(mine.value(QStringLiteral("looked_after_at_31_march")).toInt() > 500);
    }
}

TEST_CASE("export ssda903 refuses a wrong command line and a missing file", "[cli][ssda903]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("none.sqlite"));
    const QString e = dir.filePath(QStringLiteral("e.csv"));
    const QString h = dir.filePath(QStringLiteral("h.csv"));
    auto noYear = runCli({QStringLiteral("export"), QStringLiteral("ssda903"), QStringLiteral("--db"), db,
                          QStringLiteral("--year-ending"), QStringLiteral("2026-04-01"),
                          QStringLiteral("--episodes"), e, QStringLiteral("--header"), h});
    CHECK(noYear.exitCode == 2);
    CHECK(noYear.err.contains(QStringLiteral("31 March")));
    auto same = runCli({QStringLiteral("export"), QStringLiteral("ssda903"), QStringLiteral("--db"), db,
                        QStringLiteral("--year-ending"), QStringLiteral("2026-03-31"),
                        QStringLiteral("--episodes"), db, QStringLiteral("--header"), h});
    CHECK(same.exitCode == 2);
    CHECK(same.err.contains(QStringLiteral("three different files")));
    auto missing = runCli({QStringLiteral("export"), QStringLiteral("ssda903"), QStringLiteral("--db"), db,
                           QStringLiteral("--year-ending"), QStringLiteral("2026-03-31"),
                           QStringLiteral("--episodes"), e, QStringLiteral("--header"), h});
    CHECK(missing.exitCode == 1);
    CHECK_FALSE(QFile::exists(db));
    CHECK_FALSE(QFile::exists(e));
}
