// SPDX-License-Identifier: GPL-3.0-or-later
// match --json (stable keys, docs/cli.md) and pack --anonymised, run as the real executable.
#include "tests/support/catch.h"
#include "tests/support/cliprocess.h"
#include "tests/support/registerbuilder.h"
#include "tests/support/tempdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace pd::core;
using pd::test::runCli;

TEST_CASE("match --json ranks candidates and lists exclusions with reasons, pack writes a PDF",
          "[cli][matching]") {
    pd::test::TempDatabase t;
    pd::test::RegisterBuilder b{t.db()};
    b.postcode(QStringLiteral("RV1 2AB"), 53.0, -1.5);
    b.postcode(QStringLiteral("RV3 1AA"), 53.05, -1.52);
    const qint64 p = b.provider(QStringLiteral("City Fostering"), QStringLiteral("in_house_fostering"),
                                QStringLiteral("in_house"), QStringLiteral("f@city.example"));
    b.vacancy(b.provision(p, QStringLiteral("Household A"), QStringLiteral("foster"),
                          QStringLiteral("RV3 1AA"), 500, QStringLiteral("ebd")),
              QStringLiteral("2020-01-01"));
    b.vacancy(b.provision(p, QStringLiteral("Household B"), QStringLiteral("foster"),
                          QStringLiteral("RV3 1AA"), 500, QString(), 8),
              QStringLiteral("2020-01-01"));
    Referral r;
    ReferralChild c;
    c.firstName = QStringLiteral("Amy");
    c.lastName = QStringLiteral("Example");
    c.dateOfBirth = QDate::currentDate().addYears(-12);
    r.children << c;
    r.homePostcode = QStringLiteral("RV1 2AB");
    r.essentialCriteria << Criterion{QStringLiteral("skill"), QStringLiteral("ebd")};
    const qint64 id = b.referral(r);
    t.close();

    const auto run = runCli({QStringLiteral("match"), QStringLiteral("--db"), t.path(),
                             QStringLiteral("--referral"), QString::number(id), QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("vacancies_considered")).toInt() == 2);
    const QJsonArray candidates = o.value(QStringLiteral("candidates")).toArray();
    REQUIRE(candidates.size() == 1);
    const QJsonObject first = candidates.first().toObject();
    for (const char* key : {"rank", "vacancy_id", "provision_id", "provider_id", "provider", "provision",
                            "placement_type", "score", "whole_cost", "miles_home", "explanation"})
        CHECK(first.contains(QLatin1String(key)));
    CHECK(first.value(QStringLiteral("whole_cost")).toObject().value(QStringLiteral("total")).toDouble() ==
          500);
    CHECK(first.value(QStringLiteral("explanation")).toArray().size() ==
          9); // every soft criterion, block_void too
    const QJsonArray excluded = o.value(QStringLiteral("excluded")).toArray();
    REQUIRE(excluded.size() == 1);
    CHECK(o.value(QStringLiteral("excluded_count")).toInt() == 1);
    // Each exclusion is its rule codes and the figures that decide them (the sentences are in
    // docs/cli.md, built from the same figures).
    const QJsonObject ex = excluded.first().toObject();
    const QJsonArray rules = ex.value(QStringLiteral("rules")).toArray();
    REQUIRE(rules.size() == 2);
    CHECK(rules[0].toString() == QStringLiteral("age_within_approval"));
    CHECK(rules[1].toString() == QStringLiteral("essential_skills"));
    const QJsonObject figures = ex.value(QStringLiteral("figures")).toObject();
    CHECK(figures.contains(QStringLiteral("min_age")));
    CHECK(figures.contains(QStringLiteral("max_age")));
    CHECK(!figures.value(QStringLiteral("skills_missing")).toArray().isEmpty());
    const QJsonObject byRule = o.value(QStringLiteral("excluded_by_rule")).toObject();
    CHECK(byRule.value(QStringLiteral("age_within_approval")).toInt() == 1);
    CHECK(byRule.value(QStringLiteral("essential_skills")).toInt() == 1);
    CHECK(o.value(QStringLiteral("referral_limits")).toObject().contains(QStringLiteral("ages")));

    // --limit 0: the counts of all, no rows.
    const auto limited = runCli({QStringLiteral("match"), QStringLiteral("--db"), t.path(),
                                 QStringLiteral("--referral"), QString::number(id), QStringLiteral("--json"),
                                 QStringLiteral("--limit"), QStringLiteral("0")});
    REQUIRE(limited.exitCode == 0);
    const QJsonObject l = QJsonDocument::fromJson(limited.out.toUtf8()).object();
    CHECK(l.value(QStringLiteral("candidates")).toArray().isEmpty());
    CHECK(l.value(QStringLiteral("excluded")).toArray().isEmpty());
    CHECK(l.value(QStringLiteral("candidates_count")).toInt() == 1);
    CHECK(l.value(QStringLiteral("excluded_count")).toInt() == 1);
    const auto text =
        runCli({QStringLiteral("match"), QStringLiteral("--db"), t.path(), QStringLiteral("--referral"),
                QString::number(id), QStringLiteral("--limit"), QStringLiteral("0")});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("... and 1 more candidate(s) (--limit 0).")));
    CHECK(text.out.contains(QStringLiteral("... and 1 more excluded (--limit 0).")));
    const auto bad =
        runCli({QStringLiteral("match"), QStringLiteral("--db"), t.path(), QStringLiteral("--referral"),
                QString::number(id), QStringLiteral("--limit"), QStringLiteral("ten")});
    CHECK(bad.exitCode != 0);
    CHECK(bad.err.contains(QStringLiteral("--limit must be a whole number")));

    const QString pdf = t.dir() + QStringLiteral("/pack.pdf");
    const auto pack =
        runCli({QStringLiteral("pack"), QStringLiteral("--db"), t.path(), QStringLiteral("--referral"),
                QString::number(id), QStringLiteral("--anonymised"), QStringLiteral("--out"), pdf});
    INFO(pack.err.toStdString());
    REQUIRE(pack.exitCode == 0);
    QFile f(pdf);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.read(4) == "%PDF");

    const auto missing =
        runCli({QStringLiteral("match"), QStringLiteral("--db"), t.dir() + QStringLiteral("/nope.sqlite"),
                QStringLiteral("--referral"), QStringLiteral("1")});
    CHECK(missing.exitCode != 0);
}
