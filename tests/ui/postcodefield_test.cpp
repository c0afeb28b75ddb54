// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, item 3: postcodes checked as they are typed; the home postcode on the first tab.
#include "tests/support/catch.h"
#include "tests/support/referralbuilder.h"
#include "ui/referrals/referralform.h"
#include "ui/widgets/postcodefield.h"

#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace pd;

TEST_CASE("a postcode field refuses hello world as it is typed, with a sentence", "[ui][postcode][issue14]") {
    ui::PostcodeField field;
    field.show();
    QTest::keyClicks(field.edit(), QStringLiteral("he"));
    CHECK(field.messageLabel()->isHidden()); // could still be HE1 ...
    QTest::keyClicks(field.edit(), QStringLiteral("llo world"));
    CHECK(field.messageLabel()->isVisible());
    CHECK(field.messageLabel()->text().startsWith(QStringLiteral("⚠ 'hello world' is not a UK postcode.")));
    CHECK_FALSE(field.problem().isEmpty());
    field.edit()->clear();
    QTest::keyClicks(field.edit(), QStringLiteral("rv1  2ab"));
    CHECK(field.messageLabel()->isHidden());
    CHECK(field.postcode() == QStringLiteral("RV1 2AB"));
    CHECK(field.problem().isEmpty());
}

TEST_CASE("the home postcode is on the child's tab and a bad one is not saved", "[ui][postcode][issue14]") {
    ui::ReferralForm form;
    form.setReferral(test::completeReferral());
    CHECK(form.widget(0)->isAncestorOf(form.homePostcodeEdit()));
    CHECK(form.tabText(0) == QStringLiteral("C&hild(ren)"));
    form.homePostcodeEdit()->setText(QStringLiteral("hello world"));
    const QString invalid = form.invalidEntries().join(u'\n');
    CHECK(invalid.contains(QStringLiteral("Home postcode: 'hello world' is not a UK postcode")));
    // The record keeps what was typed (not an upper-cased "postcode").
    CHECK(form.referral().homePostcode == QStringLiteral("hello world"));
}
