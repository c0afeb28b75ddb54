// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12: the GUI shows the table of who may do what: an action the signed-in user may not take
// is disabled, and its tooltip says why (TeamService::mayDo, core/domain/permissions).
#include "core/services/desk.h"
#include "tests/support/catch.h"
#include "tests/support/placementwalk.h"
#include "tests/support/referralbuilder.h"
#include "tests/support/tempdatabase.h"
#include "ui/dashboard/dashboardarea.h"
#include "ui/mainwindow.h"
#include "ui/matching/offerspanel.h"
#include "ui/referrals/referralsarea.h"
#include "ui/register/providersarea.h"

#include <QAction>
#include <QPushButton>
#include <QToolButton>

using namespace pd;
using core::Role;

namespace {

QPushButton* button(QWidget& parent, const QString& text) {
    for (QPushButton* b : parent.findChildren<QPushButton*>())
        if (b->text().remove(u'&') == QString(text).remove(u'&')) // Alt+letter aside
            return b;
    FAIL("no button " << text.toStdString());
    return nullptr;
}

} // namespace

TEST_CASE("a read-only user sees the register's import disabled with the reason, an officer may import",
          "[ui][roles]") {
    test::TempDatabase t;
    test::addUser(t.db(), QStringLiteral("admin"), Role::Admin);
    test::addUser(t.db(), QStringLiteral("reader"), Role::ReadOnly);
    test::addUser(t.db(), QStringLiteral("tester"), Role::Officer);

    t.desk().setUserName(QStringLiteral("reader"));
    ui::ProvidersArea area;
    area.setDesk(&t.desk());
    REQUIRE(area.importButton());
    CHECK_FALSE(area.importButton()->isEnabled());
    const QString why = area.importButton()->toolTip();
    CHECK(why.contains(QStringLiteral("reader is read only and cannot import providers")));
    CHECK(why.contains(QStringLiteral("a placement officer")));
    REQUIRE(area.importActions().size() == 4);
    for (QAction* a : area.importActions()) {
        CHECK_FALSE(a->isEnabled());
        CHECK(a->toolTip().contains(QStringLiteral("reader is read only and cannot import")));
    }
    CHECK_FALSE(area.newProviderButton()->isEnabled());
    CHECK(area.newProviderButton()->toolTip().contains(QStringLiteral("cannot change providers")));

    // Signed in as an officer, the same area enables them again.
    t.desk().setUserName(QStringLiteral("tester"));
    area.setDesk(&t.desk());
    CHECK(area.importButton()->isEnabled());
    for (QAction* a : area.importActions())
        CHECK(a->isEnabled());
    CHECK(area.newProviderButton()->isEnabled());
    CHECK_FALSE(area.importButton()->toolTip().contains(QStringLiteral("cannot")));
}

TEST_CASE("Tools > Matching settings is disabled with the reason for an officer, enabled for a manager",
          "[ui][roles]") {
    test::TempDatabase t;
    test::addUser(t.db(), QStringLiteral("boss"), Role::Manager);
    test::addUser(t.db(), QStringLiteral("tester"), Role::Officer);
    const QString path = t.path();
    t.close();
    for (const QString& login : {QStringLiteral("tester"), QStringLiteral("boss")}) {
        auto desk = core::Desk::open(path);
        PD_REQUIRE_OK(desk);
        desk.value()->setUserName(login);
        ui::MainWindow window;
        window.setDesk(std::move(desk.value()));
        QAction* settings = window.matchingSettingsAction();
        REQUIRE(settings);
        const bool manager = login == QStringLiteral("boss");
        CHECK(settings->isEnabled() == manager);
        // File > Database settings is the administrator's only.
        CHECK_FALSE(window.databaseSettingsAction()->isEnabled());
        CHECK(window.databaseSettingsAction()->toolTip().contains(
            QStringLiteral("cannot change the database settings: only an administrator can")));
        if (!manager)
            CHECK(settings->toolTip().contains(
                QStringLiteral("tester is a placement officer and cannot change the matching settings")));
    }
}

TEST_CASE("the Offers page enables each step for the role that takes it and says why to the others",
          "[ui][roles]") {
    test::PlacementWalk w;
    ui::OffersPanel officers(w.officer(), w.referralId);
    CHECK(button(officers, QStringLiteral("Record offer…"))->isEnabled());
    CHECK(button(officers, QStringLiteral("Options paper…"))->isEnabled());
    CHECK(button(officers, QStringLiteral("Send to providers…"))->isEnabled());
    QPushButton* choice = button(officers, QStringLiteral("Social worker's choice…"));
    CHECK_FALSE(choice->isEnabled());
    CHECK(choice->toolTip().contains(
        QStringLiteral("tester is a placement officer and cannot record the social "
                       "worker's choice")));
    QPushButton* permission = button(officers, QStringLiteral("Permission to place…"));
    CHECK_FALSE(permission->isEnabled());
    CHECK(permission->toolTip().contains(QStringLiteral("cannot give permission to place")));

    ui::OffersPanel socialWorkers(*w.socialWorker, w.referralId);
    CHECK(button(socialWorkers, QStringLiteral("Social worker's choice…"))->isEnabled());
    CHECK_FALSE(button(socialWorkers, QStringLiteral("Record offer…"))->isEnabled());
    CHECK_FALSE(button(socialWorkers, QStringLiteral("Permission to place…"))->isEnabled());
    ui::OffersPanel managers(*w.manager, w.referralId);
    CHECK(button(managers, QStringLiteral("Permission to place…"))->isEnabled());
    CHECK_FALSE(button(managers, QStringLiteral("Social worker's choice…"))->isEnabled());
}

TEST_CASE("an officer sees the dashboard's targets and budget lines and the users button disabled with the "
          "reason",
          "[ui][roles]") {
    test::TempDatabase t;
    test::addUser(t.db(), QStringLiteral("admin"), Role::Admin);
    test::addUser(t.db(), QStringLiteral("tester"), Role::Officer);
    ui::DashboardArea dashboard;
    dashboard.setDesk(&t.desk());
    QPushButton* targets = button(dashboard, QStringLiteral("Targets…"));
    CHECK_FALSE(targets->isEnabled());
    CHECK(targets->toolTip().contains(
        QStringLiteral("tester is a placement officer and cannot set the dashboard "
                       "targets")));
    QPushButton* line = button(dashboard, QStringLiteral("Add budget line…"));
    CHECK_FALSE(line->isEnabled());
    CHECK(line->toolTip().contains(QStringLiteral("cannot set budgets")));

    ui::ReferralsArea referrals;
    referrals.setDesk(&t.desk());
    QPushButton* users = button(referrals, QStringLiteral("Users and roles…"));
    CHECK_FALSE(users->isEnabled());
    CHECK(users->toolTip().contains(
        QStringLiteral("cannot manage users and roles: only an administrator can")));

    t.desk().setUserName(QStringLiteral("admin"));
    dashboard.refresh();
    referrals.refresh();
    CHECK(targets->isEnabled());
    CHECK(line->isEnabled());
    CHECK(users->isEnabled());
}

TEST_CASE("a read-only user sees New referral disabled with the reason, an officer may start one",
          "[ui][roles]") {
    test::TempDatabase t;
    test::addUser(t.db(), QStringLiteral("admin"), Role::Admin);
    test::addUser(t.db(), QStringLiteral("reader"), Role::ReadOnly);
    test::addUser(t.db(), QStringLiteral("tester"), Role::Officer);

    t.desk().setUserName(QStringLiteral("reader"));
    ui::ReferralsArea referrals;
    referrals.setDesk(&t.desk());
    QPushButton* newReferral = button(referrals, QStringLiteral("&New referral"));
    CHECK_FALSE(newReferral->isEnabled());
    CHECK(newReferral->toolTip().contains(QStringLiteral("reader is read only and cannot change referrals")));

    t.desk().setUserName(QStringLiteral("tester"));
    referrals.refresh();
    CHECK(newReferral->isEnabled());
}
