// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, item 4: the referral's criteria are read in the team's words (kinds, skills, miles,
// pounds a week, yes) and chosen from lists, and the form stores the same codes as before.
#include "core/services/referralservice.h"
#include "tests/support/catch.h"
#include "tests/support/referralbuilder.h"
#include "tests/support/tempdatabase.h"
#include "ui/referrals/criterioncells.h"
#include "ui/referrals/referralform.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace pd;

namespace {

QString text(const QTableView* t, int row, int column) {
    return t->model()->index(row, column).data().toString();
}

QStringList shown(const QTableView* t) {
    QStringList out;
    for (int r = 0; r < t->model()->rowCount(); ++r)
        out << text(t, r, 0) + QStringLiteral(" | ") + text(t, r, 1);
    return out;
}

} // namespace

TEST_CASE("the criteria editor shows words and stores the same criteria as before",
          "[ui][criteria][issue14]") {
    core::Referral r = test::completeReferral();
    r.essentialCriteria = {{QStringLiteral("placementType"), QStringLiteral("foster")},
                           {QStringLiteral("skill"), QStringLiteral("ebd")},
                           {QStringLiteral("maxDistanceMiles"), QStringLiteral("25")},
                           {QStringLiteral("nonSmoking"), QString()}};
    r.desirableCriteria = {{QStringLiteral("maxWeeklyCost"), QStringLiteral("900")},
                           {QStringLiteral("carerLanguage"), QStringLiteral("Polish")}};
    r.communicationNeeds = QStringLiteral("N");
    ui::ReferralForm form;
    form.setReferral(r);
    CHECK(shown(form.essentialTable()) ==
          QStringList{QStringLiteral("Placement type: … | Foster"),
                      QStringLiteral("Carer skilled in: … | Emotional and behavioural difficulties"),
                      QStringLiteral("Within … miles of home | 25 miles"),
                      QStringLiteral("Non-smoking household | Yes")});
    CHECK(form.combo(QStringLiteral("communicationNeeds"))->currentText() == QStringLiteral("No"));
    // Unchanged, the form gives back exactly what it was given.
    const core::Referral same = form.referral();
    CHECK(same.essentialCriteria == r.essentialCriteria);
    CHECK(same.desirableCriteria == r.desirableCriteria);
    CHECK(same.communicationNeeds == QStringLiteral("N"));

    // A new essential criterion chosen by keys: Add essential, the kind's list, the skill's list.
    form.show();
    QApplication::setActiveWindow(&form);
    REQUIRE(QTest::qWaitForWindowActive(&form));
    form.setCurrentIndex(4);
    QPushButton* add = nullptr;
    for (QPushButton* b : form.findChildren<QPushButton*>())
        if (b->text() == QStringLiteral("Add essential"))
            add = b;
    REQUIRE(add);
    add->setFocus();
    QTest::keyClick(add, Qt::Key_Space);
    QApplication::processEvents();
    QTableView* table = form.essentialTable();
    REQUIRE(table->model()->rowCount() == 5);
    auto* kinds = qobject_cast<QComboBox*>(QApplication::focusWidget());
    REQUIRE(kinds); // the new row's kind is being edited at once
    kinds->setCurrentIndex(kinds->findText(QStringLiteral("Carer skilled in: …")));
    QTest::keyClick(kinds, Qt::Key_Return);
    QApplication::processEvents(); // the editor commits after the key, as between two real keys
    CHECK(text(table, 4, 0) == QStringLiteral("Carer skilled in: …"));
    table->setCurrentIndex(table->model()->index(4, 1));
    QTest::keyClick(table, Qt::Key_F2);
    auto* skills = qobject_cast<QComboBox*>(QApplication::focusWidget());
    REQUIRE(skills);
    CHECK(skills->itemText(0) == QStringLiteral("Autism (ASD)"));
    skills->setCurrentIndex(skills->findText(QStringLiteral("Therapeutic")));
    QTest::keyClick(skills, Qt::Key_Return);
    QApplication::processEvents();
    CHECK(text(table, 4, 1) == QStringLiteral("Therapeutic"));

    // Stored and read back: the codes, as a referral typed with program names had them.
    core::Referral edited = form.referral();
    REQUIRE(edited.essentialCriteria.size() == 5);
    CHECK(edited.essentialCriteria.last() ==
          core::Criterion{QStringLiteral("skill"), QStringLiteral("therapeutic")});
    test::TempDatabase t;
    core::ReferralService service(t.db());
    auto id = service.create(edited);
    PD_REQUIRE_OK(id);
    auto stored = service.load(id.value());
    PD_REQUIRE_OK(stored);
    CHECK(stored->essentialCriteria == edited.essentialCriteria);
    CHECK(stored->desirableCriteria == r.desirableCriteria);
    ui::ReferralForm again;
    again.setReferral(stored.value());
    CHECK(shown(again.essentialTable()).last() == QStringLiteral("Carer skilled in: … | Therapeutic"));
    CHECK(shown(again.desirableTable()) ==
          QStringList{QStringLiteral("Whole weekly cost at most £… | £900 a week"),
                      QStringLiteral("Carer speaks … | Polish")});
}
