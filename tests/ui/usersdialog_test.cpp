// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/userrepository.h"
#include "tests/support/catch.h"
#include "tests/support/tempdatabase.h"
#include "ui/team/usersdialog.h"

#include <QLabel>
#include <QTableWidget>

using namespace pd;

TEST_CASE("the admin screen assigns roles, a non-admin is refused", "[ui][users]") {
    test::TempDatabase t;
    core::UserRepository users(t.db());
    PD_REQUIRE_OK(users.signIn(QStringLiteral("tester"))); // first user: admin
    PD_REQUIRE_OK(users.signIn(QStringLiteral("newcomer")));

    ui::UsersDialog dialog(&t.desk());
    REQUIRE(dialog.table()->rowCount() == 2);
    const int row = dialog.table()->item(0, 0)->text() == QStringLiteral("newcomer") ? 0 : 1;
    CHECK(dialog.assign(row, core::Role::Manager));
    CHECK(users.resolve(QStringLiteral("newcomer"))->role == core::Role::Manager);
    const bool added = dialog.addUser(QStringLiteral("SWorker"), core::Role::SocialWorker);
    INFO(dialog.findChild<QLabel*>(QStringLiteral("message"))->text().toStdString());
    CHECK(added);
    CHECK(users.resolve(QStringLiteral("sworker"))->role == core::Role::SocialWorker);

    t.db().setUserName(QStringLiteral("newcomer"));
    ui::UsersDialog notAdmin(&t.desk());
    CHECK_FALSE(notAdmin.addUser(QStringLiteral("someone"), core::Role::Admin));
    CHECK(users.resolve(QStringLiteral("someone"))->id == 0);
}
