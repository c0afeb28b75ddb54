// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12, must-show 1: the login is the operating system's account. PD_USER, USER, USERNAME and
// LOGNAME changed in the environment do not change who the program thinks you are; the account
// that creates a database is its first administrator.
#include "core/domain/oslogin.h"
#include "core/services/desk.h"
#include "tests/support/catch.h"
#include "tests/support/referralbuilder.h"
#include "tests/support/tempdatabase.h"

#include <QTemporaryDir>

using namespace pd::core;

namespace {

/// Sets the variables for the test's lifetime and puts the old values back.
class EnvironmentSwap {
  public:
    explicit EnvironmentSwap(const QByteArray& value) {
        for (const char* name : kNames) {
            m_old << (qEnvironmentVariableIsSet(name) ? qgetenv(name) : QByteArray());
            m_wasSet << qEnvironmentVariableIsSet(name);
            qputenv(name, value);
        }
    }
    ~EnvironmentSwap() {
        for (int i = 0; i < int(std::size(kNames)); ++i) {
            if (m_wasSet.at(i))
                qputenv(kNames[i], m_old.at(i));
            else
                qunsetenv(kNames[i]);
        }
    }

  private:
    static constexpr const char* kNames[] = {"PD_USER", "USER", "USERNAME", "LOGNAME"};
    QList<QByteArray> m_old;
    QList<bool> m_wasSet;
};

} // namespace

TEST_CASE("PD_USER and USER changed in the environment do not change who the program thinks you are",
          "[users][roles][login]") {
    const QString me = operatingSystemLogin();
    REQUIRE_FALSE(me.isEmpty());
    QTemporaryDir dir;
    {
        EnvironmentSwap swap("mallory");
        CHECK(qEnvironmentVariable("PD_USER") == QStringLiteral("mallory")); // the swap took
        CHECK(qEnvironmentVariable("USER") == QStringLiteral("mallory"));
        CHECK(operatingSystemLogin() == me);

        // A database opened and created now: its connection's user and its first admin are me.
        Desk::OpenOptions create;
        create.create = true;
        auto desk = Desk::open(dir.filePath(QStringLiteral("new.sqlite")), create);
        PD_REQUIRE_OK(desk);
        CHECK(desk.value()->userName() == me);
        auto users = desk.value()->team().all();
        PD_REQUIRE_OK(users);
        REQUIRE(users->size() == 1);
        CHECK(users->first().login == me);
        CHECK(users->first().role == Role::Admin);
        CHECK(desk.value()->team().mayDo(Operation::ManageUsers).ok());
    }
    {
        EnvironmentSwap swap("");
        CHECK(operatingSystemLogin() == me);
    }
}

TEST_CASE("a database that already exists gets no new admin when it is opened", "[users][roles][login]") {
    pd::test::TempDatabase t; // created by the storage layer, as an old file: no users yet
    pd::test::addUser(t.db(), QStringLiteral("boss"), Role::Admin);
    const QString path = t.path();
    t.close();
    Desk::OpenOptions open;
    open.create = true; // asks to create, but the file is there: it is only opened
    auto desk = Desk::open(path, open);
    PD_REQUIRE_OK(desk);
    auto users = desk.value()->team().all();
    PD_REQUIRE_OK(users);
    REQUIRE(users->size() == 1);
    CHECK(users->first().login == QStringLiteral("boss"));
    // The account running the test is not a user of this file: it may change nothing.
    CHECK(desk.value()->team().mayDo(Operation::ImportProviders).error().kind == Error::Kind::Forbidden);
}
