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

TEST_CASE("a postcode already stored in its normal form is kept as it is, the others as before", "[geo]") {
    // Every shape, written normally (the quick check) and in other ways (the full parse).
    for (const char* normal : {"A1 1AA", "A12 1AA", "A1A 1AA", "AB1 1AA", "AB12 1AA", "AB1A 1AA"}) {
        const QString n = QString::fromLatin1(normal);
        CHECK(normalisePostcode(n) == n);
        CHECK(normalisePostcode(n.toLower()) == n);
        CHECK(normalisePostcode(QString(n).remove(u' ')) == n);
        CHECK(normalisePostcode(QStringLiteral("  ") + n + QStringLiteral("\t")) == n);
    }
    for (const char* wrong : {"A1  1AA", "ABC1 1AA", "A 1AA", "1A 1AA", "AB1AB 1AA", "AB1 AAA", "AB1 1A1",
                              "AB1 1A", "AB1-1AA", "AB1 1AAX"})
        CHECK(normalisePostcode(QString::fromLatin1(wrong)) ==
              (QByteArray(wrong) == "A1  1AA" ? QStringLiteral("A1 1AA") : QString()));
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
