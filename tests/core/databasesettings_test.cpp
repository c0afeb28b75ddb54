// SPDX-License-Identifier: GPL-3.0-or-later
// File > Database settings (Desk::setMode): local or shared mode, administrators only, refused while
// someone else has the file open.
#include "core/services/desk.h"
#include "tests/support/catch.h"
#include "tests/support/referralbuilder.h"
#include "tests/support/tempdatabase.h"

using namespace pd::core;

TEST_CASE("an administrator switches the file between local and shared mode, an officer may not",
          "[file][roles][mode]") {
    pd::test::TempDatabase t;
    pd::test::addUser(t.db(), QStringLiteral("admin"), Role::Admin);
    pd::test::addUser(t.db(), QStringLiteral("tester"), Role::Officer);
    auto refused = t.desk().setMode(JournalMode::Shared);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Forbidden);
    CHECK(
        refused.error().message.contains(QStringLiteral("tester is a placement officer and cannot change the "
                                                        "database settings")));
    CHECK(t.desk().mode() == JournalMode::Local);

    t.desk().setUserName(QStringLiteral("admin"));
    PD_REQUIRE_OK(t.desk().setMode(JournalMode::Shared));
    CHECK(t.desk().mode() == JournalMode::Shared);
    const QString path = t.path();
    t.close();
    auto reopened = Desk::open(path);
    PD_REQUIRE_OK(reopened);
    CHECK(reopened.value()->mode() == JournalMode::Shared); // the file keeps it
    reopened.value()->setUserName(QStringLiteral("admin"));
    PD_REQUIRE_OK(reopened.value()->setMode(JournalMode::Local));
    CHECK(reopened.value()->mode() == JournalMode::Local);
}

TEST_CASE("the mode is not changed while a colleague has the file open", "[file][roles][mode]") {
    pd::test::TempDatabase t; // local mode: WAL
    pd::test::addUser(t.db(), QStringLiteral("tester"), Role::Admin);
    auto colleague = t.openAnother(QStringLiteral("colleague"));
    Desk theirs(*colleague);
    REQUIRE(theirs.referrals().list().ok()); // their PC has read the file
    auto busy = t.desk().setMode(JournalMode::Shared);
    REQUIRE_FALSE(busy.ok());
    INFO(busy.error().message.toStdString());
    CHECK(busy.error().message.contains(QStringLiteral("Close Placement Desk on other PCs")));
    CHECK(t.desk().mode() == JournalMode::Local);
}
