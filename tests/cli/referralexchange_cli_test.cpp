// SPDX-License-Identifier: GPL-3.0-or-later
// A referral exported from one authority's file imports into another's: a new file, a second demo
// built with another seed, and back into the same file.
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
using pd::test::TestSql;

namespace {

QString demoFile(const QTemporaryDir& dir, const char* name, const char* seed) {
    const QString db = dir.filePath(QLatin1String(name));
    auto made = runCli(
        {QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--seed"), QLatin1String(seed)});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    return db;
}

pd::test::CliRun importInto(const QString& db, const QString& file) {
    return runCli({QStringLiteral("import"), QStringLiteral("referral"), QStringLiteral("--db"), db, file});
}

qint64 number(const QString& db, const QString& sql) {
    return TestSql(db).number(sql);
}

} // namespace

TEST_CASE("a placed referral from one demo imports into a new file, another seed's demo and its own file",
          "[cli][referral][exchange]") {
    QTemporaryDir dir;
    const QString first = demoFile(dir, "riverton-1.sqlite", "1");
    const QString second = demoFile(dir, "riverton-7.sqlite", "7");
    const qint64 referralId = number(
        first, QStringLiteral("SELECT MIN(referral_id) FROM placements WHERE referral_id IS NOT NULL"));
    REQUIRE(referralId > 0);
    const QString file = dir.filePath(QStringLiteral("referral.json"));
    auto exported =
        runCli({QStringLiteral("export"), QStringLiteral("referral"), QStringLiteral("--db"), first,
                QStringLiteral("--id"), QString::number(referralId), QStringLiteral("--out"), file});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
    // The demo's placed referral carries the standard's record of the placement.
    const QJsonObject actual = json.value(QStringLiteral("ActualPlacement")).toObject();
    for (const char* field :
         {"totalWeeklyCost", "placementLocation", "preferabilityLocation", "educationContinuity",
          "providerURN", "siblingsPlacedTogether", "placementType"})
        CHECK(actual.contains(QLatin1String(field)));
    CHECK(actual.value(QStringLiteral("totalWeeklyCost")).toInt() > 0);
    const QJsonObject qa = json.value(QStringLiteral("QualityAssurance")).toObject();
    for (const char* field : {"referralDate", "placementOfficerName", "placementDate", "costDate"})
        CHECK_FALSE(qa.value(QLatin1String(field)).toString().isEmpty());
    const QJsonObject child = json.value(QStringLiteral("PlacementDeskExtension"))
                                  .toObject()
                                  .value(QStringLiteral("children"))
                                  .toArray()
                                  .first()
                                  .toObject();
    const qint64 theirId = child.value(QStringLiteral("childId")).toInteger();
    REQUIRE(theirId > 0);
    const QString reference = json.value(QStringLiteral("PlacementDeskExtension"))
                                  .toObject()
                                  .value(QStringLiteral("reference"))
                                  .toString();

    { // into a new file: the child becomes a new child of that file, audited
        const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
        auto run = importInto(fresh, file);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("imported referral %1").arg(reference)));
        CHECK(run.out.contains(QStringLiteral("is not a child of this file: added as a new child")));
        TestSql sql(fresh);
        CHECK(sql.number(QStringLiteral("SELECT COUNT(*) FROM children")) == 1);
        CHECK(sql.number(QStringLiteral("SELECT COUNT(*) FROM children WHERE child_ref = 'IMP-000001' AND "
                                        "first_name = :f AND dob = :d"),
                         {{QStringLiteral(":f"), child.value(QStringLiteral("firstName")).toString()},
                          {QStringLiteral(":d"), child.value(QStringLiteral("dateOfBirth")).toString()}}) ==
              1);
        CHECK(sql.number(QStringLiteral("SELECT COUNT(*) FROM referral_children rc JOIN children c ON c.id = "
                                        "rc.child_id WHERE c.child_ref = 'IMP-000001'")) == 1);
        CHECK(sql.number(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'children' AND "
                                        "action = 'import'")) == 1);
    }
    { // into another seed's demo: its child with the same id is someone else
        const qint64 before = number(second, QStringLiteral("SELECT COUNT(*) FROM children"));
        REQUIRE(number(second, QStringLiteral("SELECT COUNT(*) FROM children WHERE id = %1").arg(theirId)) ==
                1);
        auto run = importInto(second, file);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("added as a new child")));
        CHECK(number(second, QStringLiteral("SELECT COUNT(*) FROM children")) == before + 1);
        CHECK(number(second, QStringLiteral("SELECT child_id FROM referral_children WHERE referral_id = "
                                            "(SELECT MAX(id) FROM referrals)")) ==
              number(second, QStringLiteral("SELECT MAX(id) FROM children")));
        CHECK(number(second, QStringLiteral("SELECT COUNT(*) FROM referral_children WHERE referral_id = "
                                            "(SELECT MAX(id) FROM referrals) AND child_id = %1")
                                 .arg(theirId)) == 0);
    }
    { // back into its own file: the same child, a new reference
        const qint64 before = number(first, QStringLiteral("SELECT COUNT(*) FROM children"));
        auto run = importInto(first, file);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("reference %1 is already used in this file").arg(reference)));
        CHECK_FALSE(run.out.contains(QStringLiteral("added as a new child")));
        CHECK(number(first, QStringLiteral("SELECT COUNT(*) FROM children")) == before);
        CHECK(number(first, QStringLiteral("SELECT child_id FROM referral_children WHERE referral_id = "
                                           "(SELECT MAX(id) FROM referrals)")) == theirId);
        CHECK(
            number(first,
                   QStringLiteral("SELECT COUNT(*) FROM referrals WHERE reference = '%1'").arg(reference)) ==
            1);
    }
}
