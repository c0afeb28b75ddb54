// SPDX-License-Identifier: GPL-3.0-or-later
// Names stored in the database reach the terminal without their control characters: an escape
// sequence in a provider's name cannot clear the screen, retitle the window or hide a line.
#include "tests/support/catch.h"
#include "tests/support/cliprocess.h"
#include "tests/support/registerbuilder.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/testsql.h"

using namespace pd::core;
using pd::test::runCli;

TEST_CASE("match prints names without terminal control characters", "[cli][matching][terminal]") {
    pd::test::TempDatabase t;
    pd::test::RegisterBuilder b{t.db()};
    b.postcode(QStringLiteral("RV1 2AB"), 53.0, -1.5);
    const qint64 p = b.provider(QStringLiteral("City Fostering"), QStringLiteral("in_house_fostering"),
                                QStringLiteral("in_house"), QStringLiteral("f@city.example"));
    b.vacancy(b.provision(p, QStringLiteral("Household A"), QStringLiteral("foster"),
                          QStringLiteral("RV1 2AB"), 500, QString()),
              QStringLiteral("2020-01-01"));
    Referral r;
    ReferralChild c;
    c.firstName = QStringLiteral("Amy");
    c.dateOfBirth = QDate::currentDate().addYears(-12);
    r.children << c;
    r.homePostcode = QStringLiteral("RV1 2AB");
    const qint64 id = b.referral(r);
    // As an attacker with the file would: the importers refuse control characters.
    const QString evil = QStringLiteral("\x1b]0;pwned\x07"
                                        "Evil\x1b[2J\rFostering\u009b31m\x7f");
    REQUIRE(pd::test::TestSql(t.db())
                .run(QStringLiteral("UPDATE providers SET name = :n"), {{QStringLiteral(":n"), evil}})
                .ok());
    t.close();

    const auto run = runCli({QStringLiteral("match"), QStringLiteral("--db"), t.path(),
                             QStringLiteral("--referral"), QString::number(id)});
    INFO(run.err.toStdString() << "\n" << run.out.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("]0;pwnedEvil[2JFostering31m")));
    for (const QChar bad : {QChar(0x1b), QChar(0x07), QChar(u'\r'), QChar(0x9b), QChar(0x7f)})
        CHECK_FALSE(run.out.contains(bad));
    CHECK(run.out.contains(u'\n')); // line breaks still pass
}
