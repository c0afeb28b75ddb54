// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/geo.h"
#include "core/storage/postcodedirectory.h"
#include "tests/support/catch.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/testsql.h"

using namespace pd::core;

TEST_CASE("postcodes are normalised or rejected", "[geo]") {
    CHECK(normalisePostcode(QStringLiteral("rv1  2ab")) == QStringLiteral("RV1 2AB"));
    CHECK(normalisePostcode(QStringLiteral("SW1A1AA")) == QStringLiteral("SW1A 1AA"));
    CHECK(normalisePostcode(QStringLiteral("not a postcode")).isEmpty());
    CHECK(normalisePostcode(QString()).isEmpty());
}

TEST_CASE("haversine miles on Earth radius 3958.8", "[geo]") {
    // One degree of latitude is 3958.8 * pi / 180 = 69.0934 miles.
    CHECK(milesBetween({51.0, -1.0}, {52.0, -1.0}) == Approx(69.0934).margin(0.001));
    CHECK(milesBetween({53.4, -2.2}, {53.4, -2.2}) == Approx(0.0));
}

TEST_CASE("unknown postcodes are unknown, never guessed", "[geo]") {
    pd::test::TempDatabase t;
    REQUIRE(pd::test::TestSql(t.db())
                .run(QStringLiteral(
                    "INSERT INTO postcodes VALUES ('RV1 2AB', 52.0, -1.0), ('RV9 9ZZ', 51.0, -1.0)"))
                .ok());
    PostcodeDirectory directory(t.db());
    auto known = directory.milesBetween(QStringLiteral("rv12ab"), QStringLiteral("RV9 9ZZ"));
    PD_REQUIRE_OK(known);
    REQUIRE(known.value().has_value());
    CHECK(*known.value() == Approx(69.0934).margin(0.001));
    auto unknown = directory.milesBetween(QStringLiteral("RV1 2AB"), QStringLiteral("ZZ1 1ZZ"));
    PD_REQUIRE_OK(unknown);
    CHECK_FALSE(unknown.value().has_value());
}
