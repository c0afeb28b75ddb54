// SPDX-License-Identifier: GPL-3.0-or-later
// The referral form's tables are models over core values (issue 14, "Models, not hand-filled
// widgets"), each run under QAbstractItemModelTester through set, insert, remove and edit.
#include "tests/support/catch.h"
#include "ui/models/contactmodel.h"
#include "ui/models/criteriamodel.h"
#include "ui/models/referralchildrenmodel.h"
#include "ui/referrals/criterioncells.h"

#include <QAbstractItemModelTester>

using namespace pd;

namespace {

constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

QString shown(const QAbstractItemModel& m, int row, int column) {
    return m.index(row, column).data().toString();
}

core::ReferralChild amy() {
    core::ReferralChild c;
    c.childId = 41;
    c.firstName = QStringLiteral("Amy");
    c.lastName = QStringLiteral("Example");
    c.dateOfBirth = QDate(2014, 5, 2);
    c.sex = QStringLiteral("F");
    c.ethnicity = QStringLiteral("WBRI");
    c.firstLanguage = QStringLiteral("English");
    c.needs = {QStringLiteral("asd"), QStringLiteral("ebd")};
    c.legalStatus = QStringLiteral("C2");
    return c;
}

} // namespace

TEST_CASE("the children model shows a child in words and edits back into the record",
          "[ui][models][issue14]") {
    ui::ReferralChildrenModel m;
    QAbstractItemModelTester tester(&m, kFatal);
    using M = ui::ReferralChildrenModel;
    m.setChildren({amy()});
    REQUIRE(m.rowCount() == 1);
    CHECK(m.columnCount() == 9);
    CHECK(shown(m, 0, M::DateOfBirth) == QStringLiteral("02/05/2014"));
    CHECK(shown(m, 0, M::Needs) == QStringLiteral("Autism (ASD), Emotional and behavioural difficulties"));
    CHECK(shown(m, 0, M::LegalStatus) == QStringLiteral("C2 — Full care order"));
    CHECK(m.index(0, M::Needs).data(Qt::EditRole).toStringList() ==
          QStringList{QStringLiteral("asd"), QStringLiteral("ebd")});
    CHECK(m.headerData(M::LegalStatus, Qt::Horizontal, Qt::DisplayRole).toString() ==
          QStringLiteral("Legal status"));

    // Unchanged, the model gives back exactly the record it was given (the child's id too).
    REQUIRE(m.children().size() == 1);
    CHECK(m.children()[0].childId == 41);
    CHECK(m.children()[0].needs == amy().needs);

    // Edits: needs as a list or as typed codes, the legal status as a code, a date typed wrong.
    REQUIRE(m.setData(m.index(0, M::Needs), QStringList{QStringLiteral("pmld")}));
    REQUIRE(m.setData(m.index(0, M::LegalStatus), QStringLiteral("v2")));
    REQUIRE(m.setData(m.index(0, M::DateOfBirth), QStringLiteral("31/02/2014")));
    core::ReferralChild edited = m.children().value(0);
    CHECK(edited.needs == QStringList{QStringLiteral("pmld")});
    CHECK(edited.legalStatus == QStringLiteral("V2"));
    CHECK(shown(m, 0, M::LegalStatus) == QStringLiteral("V2 — Accommodated (section 20)"));
    CHECK(shown(m, 0, M::DateOfBirth) == QStringLiteral("31/02/2014")); // kept as typed, marked
    CHECK(m.index(0, M::DateOfBirth).data(Qt::BackgroundRole).isValid());
    REQUIRE(m.problems().size() == 1);
    CHECK(m.problems()[0].contains(QStringLiteral("'31/02/2014' is not a date")));
    REQUIRE(m.setData(m.index(0, M::DateOfBirth), QStringLiteral("02/05/2014")));
    CHECK(m.problems().isEmpty());
    REQUIRE(m.setData(m.index(0, M::Needs), QStringLiteral(" ASD, uasc ,asd")));
    CHECK(m.children()[0].needs == QStringList{QStringLiteral("asd"), QStringLiteral("uasc")});

    // A sibling added and typed in, a blank row left out of the record, then one removed.
    REQUIRE(m.insertRows(1, 2));
    REQUIRE(m.setData(m.index(1, M::FirstName), QStringLiteral("Ben")));
    REQUIRE(m.setData(m.index(1, M::Sex), QStringLiteral("m")));
    REQUIRE(m.rowCount() == 3);
    REQUIRE(m.children().size() == 2);
    CHECK(m.children()[1].sex == QStringLiteral("M"));
    REQUIRE(m.removeRows(0, 1));
    REQUIRE(m.children().size() == 1);
    CHECK(m.children()[0].firstName == QStringLiteral("Ben"));
    CHECK_FALSE(m.removeRows(2, 1)); // no such row
}

TEST_CASE("the contact model keeps sessions as typed and reads them as numbers", "[ui][models][issue14]") {
    ui::ContactModel m;
    QAbstractItemModelTester tester(&m, kFatal);
    m.setContact({{QStringLiteral("Mother"), 2, QStringLiteral("RV1 2AB")}});
    CHECK(shown(m, 0, ui::ContactModel::Sessions) == QStringLiteral("2"));
    REQUIRE(m.insertRows(1, 1));
    REQUIRE(m.setData(m.index(1, ui::ContactModel::With), QStringLiteral("Grandparents")));
    REQUIRE(m.setData(m.index(1, ui::ContactModel::Sessions), QStringLiteral("twice")));
    REQUIRE(m.setData(m.index(1, ui::ContactModel::Postcode), QStringLiteral("rv2 3cd")));
    CHECK(m.problems().size() == 1); // "twice" is not a number
    REQUIRE(m.setData(m.index(1, ui::ContactModel::Sessions), QStringLiteral("0.5")));
    CHECK(m.problems().isEmpty());
    const QList<core::ContactArrangement> contact = m.contact();
    REQUIRE(contact.size() == 2);
    CHECK(contact[1] ==
          core::ContactArrangement{QStringLiteral("Grandparents"), 0.5, QStringLiteral("RV2 3CD")});
    REQUIRE(m.removeRows(0, 2));
    CHECK(m.contact().isEmpty());
}

TEST_CASE("the criteria model shows words, stores codes and clears a value when the kind changes",
          "[ui][models][issue14]") {
    ui::CriteriaModel m;
    QAbstractItemModelTester tester(&m, kFatal);
    m.setRows({{QStringLiteral("skill"), QStringLiteral("ebd")},
               {QStringLiteral("maxDistanceMiles"), QStringLiteral("25")}});
    CHECK(shown(m, 0, 0) == QStringLiteral("Carer skilled in: …"));
    CHECK(shown(m, 0, 1) == QStringLiteral("Emotional and behavioural difficulties"));
    CHECK(shown(m, 1, 1) == QStringLiteral("25 miles"));
    CHECK(m.index(0, 1).data(ui::kCriterionCodeRole).toString() == QStringLiteral("ebd"));
    REQUIRE(m.setData(m.index(1, 1), QStringLiteral("10"), ui::kCriterionCodeRole));
    CHECK(shown(m, 1, 1) == QStringLiteral("10 miles"));
    REQUIRE(m.setData(m.index(0, 0), QStringLiteral("carerLanguage"), ui::kCriterionCodeRole));
    CHECK(m.index(0, 1).data(ui::kCriterionCodeRole).toString().isEmpty());
    REQUIRE(m.setData(m.index(0, 1), QStringLiteral("Polish"), ui::kCriterionCodeRole));
    REQUIRE(m.insertRows(2, 1)); // a row with no kind yet is not a criterion
    CHECK(m.criteria() == QList<core::Criterion>{{QStringLiteral("carerLanguage"), QStringLiteral("Polish")},
                                                 {QStringLiteral("maxDistanceMiles"), QStringLiteral("10")}});
    CHECK_FALSE(m.setData(m.index(0, 0), QStringLiteral("words"), Qt::DisplayRole));
    REQUIRE(m.removeRows(1, 2));
    CHECK(m.criteria().size() == 1);
}
