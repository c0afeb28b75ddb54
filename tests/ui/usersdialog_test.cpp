// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/userrepository.h"
#include "tests/support/catch.h"
#include "tests/support/tempdatabase.h"
#include "ui/team/usersdialog.h"

#include "ui/models/usersmodel.h"
#include <QLabel>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QTableView>
#include <QTest>

using namespace pd;

TEST_CASE("the admin screen assigns roles, a non-admin is refused", "[ui][users]") {
    test::TempDatabase t;
    core::UserRepository users(t.db());
    PD_REQUIRE_OK(users.signIn(QStringLiteral("tester"))); // first user: admin
    PD_REQUIRE_OK(users.signIn(QStringLiteral("newcomer")));

    ui::UsersDialog dialog(&t.desk());
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(dialog.model()->rowCount() == 2);
    const int row = dialog.model()->index(0, 0).data().toString() == QStringLiteral("newcomer") ? 0 : 1;
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

TEST_CASE("the users model shows roles in words and a role chosen in the table is stored",
          "[ui][users][models][issue14]") {
    test::TempDatabase t;
    core::UserRepository users(t.db());
    PD_REQUIRE_OK(users.signIn(QStringLiteral("tester"))); // first user: admin
    PD_REQUIRE_OK(users.signIn(QStringLiteral("newcomer")));
    ui::UsersDialog dialog(&t.desk());
    ui::UsersModel* model = dialog.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int row = model->index(0, 0).data().toString() == QStringLiteral("newcomer") ? 0 : 1;
    const QModelIndex role = model->index(row, ui::UsersModel::RoleColumn);
    CHECK(role.data().toString() == QStringLiteral("Read only"));
    CHECK(model->index(1 - row, ui::UsersModel::RoleColumn).data().toString() ==
          QStringLiteral("Administrator"));
    CHECK_FALSE(model->setData(role, 999)); // not a role
    CHECK_FALSE(model->setData(model->index(row, ui::UsersModel::Login), QStringLiteral("x")));

    // The role's list in the row, chosen by keys as an admin would: stored through the team service.
    auto* box = qobject_cast<QComboBox*>(dialog.table()->indexWidget(role));
    REQUIRE(box);
    box->setFocus();
    const int manager = box->findData(int(core::Role::Manager));
    REQUIRE(manager >= 0);
    box->setCurrentIndex(manager);
    emit box->activated(manager);
    REQUIRE(QTest::qWaitFor(
        [&] { return users.resolve(QStringLiteral("newcomer"))->role == core::Role::Manager; }));
    CHECK(model->index(row, ui::UsersModel::RoleColumn).data().toString() == QStringLiteral("Manager"));
}
