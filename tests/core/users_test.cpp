// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/referralservice.h"
#include "core/storage/database.h"
#include "core/storage/referralrepository.h"
#include "core/storage/userrepository.h"
#include "tests/support/catch.h"

#include "tests/support/referralbuilder.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/testsql.h"

using namespace pd::core;
using pd::test::TempDatabase;

TEST_CASE("the first login of a new database becomes admin, later unknown logins are read-only", "[users]") {
    TempDatabase t;
    UserRepository users(t.db());
    auto first = users.signIn(QStringLiteral("tester"));
    PD_REQUIRE_OK(first);
    CHECK(first->role == Role::Admin);
    CHECK(first->id != 0);

    auto second = users.signIn(QStringLiteral("newcomer"));
    PD_REQUIRE_OK(second);
    CHECK(second->role == Role::ReadOnly);
    CHECK_FALSE(second->mayEdit());
    CHECK(users.resolve(QStringLiteral("nobody"))->role == Role::ReadOnly);
    CHECK(users.all()->size() == 2);
}

TEST_CASE("a login is the same person whatever its case, on a file and on a server", "[users]") {
    // Windows gives "AMY" one day and "amy" the next: the same person, the same role.
    TempDatabase t;
    UserRepository users(t.db());
    PD_REQUIRE_OK(users.signIn(QStringLiteral("tester")));
    const User amy = users.signIn(QStringLiteral("Amy.Khan")).value();
    PD_REQUIRE_OK(users.setRole(amy.id, Role::Officer, amy.rowVersion));
    for (const char* spelt : {"amy.khan", "AMY.KHAN", "Amy.Khan"}) {
        auto found = users.resolve(QString::fromLatin1(spelt));
        PD_REQUIRE_OK(found);
        CHECK(found->id == amy.id);
        CHECK(found->role == Role::Officer);
    }
    CHECK(users.signIn(QStringLiteral("AMY.KHAN"))->id == amy.id); // no second row
    CHECK(users.all()->size() == 2);
    auto twin = pd::test::TestSql(t.db()).run(
        QStringLiteral("INSERT INTO users (login, role) VALUES ('amy.KHAN', 'officer')"));
    CHECK_FALSE(twin.ok()); // the table itself refuses a second spelling
}

TEST_CASE("only an admin assigns roles, and the last admin cannot give the role away", "[users]") {
    TempDatabase t;
    UserRepository users(t.db());
    const User admin = users.signIn(QStringLiteral("tester")).value();
    const User newcomer = users.signIn(QStringLiteral("newcomer")).value();

    PD_REQUIRE_OK(users.setRole(newcomer.id, Role::Officer, newcomer.rowVersion));
    CHECK(users.resolve(QStringLiteral("newcomer"))->role == Role::Officer);

    auto lastAdmin = users.setRole(admin.id, Role::Officer, admin.rowVersion);
    REQUIRE_FALSE(lastAdmin.ok());
    CHECK(lastAdmin.error().message.contains(QStringLiteral("last administrator")));

    t.db().setUserName(QStringLiteral("newcomer"));
    auto refused = users.setRole(newcomer.id, Role::Admin, newcomer.rowVersion + 1);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Forbidden);
    CHECK(users.resolve(QStringLiteral("newcomer"))->role == Role::Officer);
}

TEST_CASE("role names round-trip and match the users table's check constraint", "[users]") {
    const Role role = GENERATE(from_range(all<Role>()));
    REQUIRE(fromCode<Role>(code(role)) == role);
    TempDatabase t;
    pd::test::addUser(t.db(), QStringLiteral("x"), role); // refused by CHECK if the name were wrong
}

TEST_CASE("a read-only user cannot create or save a referral, an officer can", "[users][roles]") {
    TempDatabase t;
    pd::test::addUser(t.db(), QStringLiteral("admin"), Role::Admin);
    pd::test::addUser(t.db(), QStringLiteral("tester"), Role::ReadOnly);
    pd::test::addUser(t.db(), QStringLiteral("officer"), Role::Officer);
    ReferralService service(t.db());
    auto refused = service.create(pd::test::completeReferral());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Forbidden);

    t.db().setUserName(QStringLiteral("officer"));
    auto id = service.create(pd::test::completeReferral());
    PD_REQUIRE_OK(id);
    Referral r = ReferralRepository(t.db()).load(id.value()).value();
    r.socialWorker = QStringLiteral("Changed by a read-only user");
    t.db().setUserName(QStringLiteral("tester"));
    auto save = service.save(r);
    REQUIRE_FALSE(save.ok());
    CHECK(save.error().message.contains(QStringLiteral("cannot change referrals")));
    CHECK(ReferralRepository(t.db()).load(id.value())->socialWorker == QStringLiteral("J. Okafor"));
}

TEST_CASE("a placed or closed referral's record can no longer be changed", "[users][referrals]") {
    TempDatabase t;
    pd::test::addUser(t.db(), QStringLiteral("tester"), Role::Officer);
    ReferralService service(t.db());
    auto id = service.create(pd::test::completeReferral());
    PD_REQUIRE_OK(id);
    for (const char* state : {"Placed", "Closed"}) {
        REQUIRE(pd::test::TestSql(t.db())
                    .run(QStringLiteral("UPDATE referrals SET state = :s WHERE id = :id"),
                         {{QStringLiteral(":s"), QString::fromLatin1(state)},
                          {QStringLiteral(":id"), id.value()}})
                    .ok());
        Referral r = ReferralRepository(t.db()).load(id.value()).value();
        r.socialWorker = QStringLiteral("Changed after the decision");
        auto save = service.save(r);
        REQUIRE_FALSE(save.ok());
        CHECK(save.error().kind == Error::Kind::Refused);
        CHECK(save.error().message.contains(QStringLiteral("stays as it was")));
        CHECK(ReferralRepository(t.db()).load(id.value())->socialWorker == QStringLiteral("J. Okafor"));
    }
}
