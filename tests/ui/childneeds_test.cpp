// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, item 4: a child's needs and legal status are chosen from the standard's options by
// keys (needs ticked in a list with words, legal status an SSDA903 code with its words), and the
// stored record holds the same codes as one whose codes were typed.
#include "core/services/referralservice.h"
#include "tests/support/catch.h"
#include "tests/support/referralbuilder.h"
#include "tests/support/tempdatabase.h"
#include "ui/models/referralchildrenmodel.h"
#include "ui/referrals/referralform.h"

#include <QApplication>
#include <QComboBox>
#include <QListWidget>
#include <QScreen>
#include <QTableView>
#include <QTest>

using namespace pd;
using Child = ui::ReferralChildrenModel;

TEST_CASE("needs and legal status are picked by keyboard and stored as the same codes",
          "[ui][referrals][issue14]") {
    core::Referral r = test::completeReferral();
    r.children[0].needs.clear();
    r.children[0].legalStatus.clear();
    ui::ReferralForm form;
    form.setReferral(r);
    form.show();
    QApplication::setActiveWindow(&form);
    REQUIRE(QTest::qWaitForWindowActive(&form));
    QTableView* table = form.childrenTable();
    Child* kids = form.childrenModel();
    table->setFocus();

    // Legal status: F2 opens the list of codes with their words; Down twice from "not known yet".
    table->setCurrentIndex(kids->index(0, Child::LegalStatus));
    QTest::keyClick(table, Qt::Key_F2);
    auto* status = qobject_cast<QComboBox*>(QApplication::focusWidget());
    REQUIRE(status);
    CHECK(status->itemText(1) == QStringLiteral("C1 — Interim care order"));
    CHECK(status->count() == 14); // not known yet + the 13 SSDA903 codes
    QTest::keyClick(status, Qt::Key_Down);
    QTest::keyClick(status, Qt::Key_Down);
    QTest::keyClick(status, Qt::Key_Return);
    QApplication::processEvents(); // the editor commits after the key, as between two real keys
    CHECK(kids->index(0, Child::LegalStatus).data().toString() == QStringLiteral("C2 — Full care order"));

    // Needs: F2 opens the ticked list; Space ticks autism, Down Down Space ticks EBD, Enter keeps.
    table->setCurrentIndex(kids->index(0, Child::Needs));
    QTest::keyClick(table, Qt::Key_F2);
    auto* needs = qobject_cast<QListWidget*>(QApplication::focusWidget());
    REQUIRE(needs);
    CHECK(needs->count() == 12);
    CHECK(needs->item(0)->text() == QStringLiteral("Autism (ASD)"));
    CHECK(needs->height() > 5 * table->rowHeight(0)); // opens over the table, not squeezed into a row
    QTest::keyClick(needs, Qt::Key_Space);
    QTest::keyClick(needs, Qt::Key_Down);
    QTest::keyClick(needs, Qt::Key_Down);
    QTest::keyClick(needs, Qt::Key_Space);
    QTest::keyClick(needs, Qt::Key_Return);
    QApplication::processEvents();
    CHECK(kids->index(0, Child::Needs).data().toString() ==
          QStringLiteral("Autism (ASD), Emotional and behavioural difficulties"));

    const core::Referral picked = form.referral();
    REQUIRE(picked.children.size() == 1);
    CHECK(picked.children[0].needs == QStringList{QStringLiteral("asd"), QStringLiteral("ebd")});
    CHECK(picked.children[0].legalStatus == QStringLiteral("C2"));

    // The same child with the codes typed, as the form took them before: stored alike.
    ui::ReferralForm typed;
    typed.setReferral(r);
    Child* typedKids = typed.childrenModel();
    REQUIRE(typedKids->setData(typedKids->index(0, Child::Needs), QStringLiteral("asd, ebd")));
    REQUIRE(typedKids->setData(typedKids->index(0, Child::LegalStatus), QStringLiteral("c2")));
    test::TempDatabase t;
    core::ReferralService service(t.db());
    auto pickedId = service.create(picked);
    auto typedId = service.create(typed.referral());
    PD_REQUIRE_OK(pickedId);
    PD_REQUIRE_OK(typedId);
    auto a = service.load(pickedId.value());
    auto b = service.load(typedId.value());
    PD_REQUIRE_OK(a);
    PD_REQUIRE_OK(b);
    CHECK(a->children[0].needs == QStringList{QStringLiteral("asd"), QStringLiteral("ebd")});
    CHECK(a->children[0].needs == b->children[0].needs);
    CHECK(a->children[0].legalStatus == QStringLiteral("C2"));
    CHECK(a->children[0].legalStatus == b->children[0].legalStatus);
}

TEST_CASE("screenshots of the children tab with the needs list and the legal status list",
          "[.screenshots][referrals]") {
    // Run under Xvfb: QT_QPA_PLATFORM=xcb xvfb-run -s '-screen 0 1280x800x24' pd_ui_tests
    // '[.screenshots][referrals]'
    const QString folder = qEnvironmentVariable("PD_SHOTS", QStringLiteral("/tmp"));
    core::Referral r = test::completeReferral();
    core::ReferralChild sister = r.children[0];
    sister.firstName = QStringLiteral("Ruby");
    sister.dateOfBirth = sister.dateOfBirth.addYears(2);
    sister.needs = {QStringLiteral("asd")};
    r.children << sister;
    ui::ReferralForm form;
    form.setReferral(r);
    form.resize(1280, 800);
    form.show();
    QApplication::setActiveWindow(&form);
    REQUIRE(QTest::qWaitForWindowActive(&form));
    QTableView* table = form.childrenTable();
    Child* kids = form.childrenModel();
    table->setFocus();
    const auto shoot = [&](const char* name) {
        QApplication::processEvents();
        CHECK(form.grab().save(QStringLiteral("%1/models-%2.png").arg(folder, QLatin1String(name))));
    };
    shoot("children-tab");
    table->setCurrentIndex(kids->index(0, Child::Needs));
    QTest::keyClick(table, Qt::Key_F2);
    REQUIRE(qobject_cast<QListWidget*>(QApplication::focusWidget()));
    shoot("children-needs");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QApplication::processEvents();
    table->setCurrentIndex(kids->index(1, Child::LegalStatus));
    QTest::keyClick(table, Qt::Key_F2);
    auto* status = qobject_cast<QComboBox*>(QApplication::focusWidget());
    REQUIRE(status);
    status->showPopup();
    shoot("children-legal-status");
    // The list is a window of its own: the screen shows it over the form.
    CHECK(QGuiApplication::primaryScreen()->grabWindow(0).save(
        QStringLiteral("%1/models-legal-status-list.png").arg(folder)));
    status->hidePopup();
}
