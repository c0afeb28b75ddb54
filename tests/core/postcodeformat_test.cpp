// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, item 3: postcodes checked against the UK format as they are typed and when saved.
#include "core/domain/geo.h"
#include "core/workflow/referralrules.h"
#include "tests/support/catch.h"
#include "tests/support/referralbuilder.h"

using namespace pd::core;

TEST_CASE("postcodes: what can still become a UK postcode while it is typed", "[domain][postcode][issue14]") {
    for (const char* partial :
         {"", "R", "RV", "RV1", "rv1 ", "RV1 2", "RV1 2A", "RV12 3AB", "SW1A", "SW1A 1AA", "M1 1AE"})
        CHECK(couldBecomePostcode(QLatin1String(partial)));
    for (const char* never : {"hello world", "HEL", "1RV", "RV1 2AB C", "RVX", "RV1 2A3"})
        CHECK_FALSE(couldBecomePostcode(QLatin1String(never)));
}

TEST_CASE("postcodes: the sentence says what a postcode looks like", "[domain][postcode][issue14]") {
    CHECK(postcodeProblem(QStringLiteral("rv1 2ab")).isEmpty());
    CHECK(postcodeProblem(QString()).isEmpty());
    CHECK(postcodeProblem(QStringLiteral("hello world"))
              .startsWith(
                  QStringLiteral("'hello world' is not a UK postcode. A UK postcode looks like RV1 2AB")));
    CHECK(postcodeProblem(QStringLiteral("RV1 2"))
              .startsWith(QStringLiteral("'RV1 2' is not a whole postcode yet.")));
}

TEST_CASE("a referral whose home postcode is not a postcode cannot be submitted",
          "[workflow][postcode][issue14]") {
    Referral r = pd::test::completeReferral();
    REQUIRE(ReferralRules::missingForSubmit(r).isEmpty());
    r.homePostcode = QStringLiteral("HELLO WORLD");
    const auto missing = ReferralRules::missingForSubmit(r);
    REQUIRE(missing.size() == 1);
    CHECK(missing.first().field == QStringLiteral("homePostcode"));
    CHECK(missing.first().message.contains(QStringLiteral("'HELLO WORLD' is not one")));
    r.homePostcode = QStringLiteral("RV1 2AB");
    r.schoolPostcode = QStringLiteral("my school");
    CHECK(ReferralRules::listInWords(ReferralRules::missingForQualityCheck(r))
              .contains(QStringLiteral("a school postcode in the UK format ('my school' is not one)")));
}
