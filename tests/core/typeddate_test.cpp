// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, item 2: dates as officers type them, impossible ones refused with a sentence.
#include "core/domain/typeddate.h"
#include "tests/support/catch.h"

using pd::core::TypedDate;

TEST_CASE("typed dates: dd/mm/yyyy and written months read as typed, never moved to another day",
          "[domain][dates][issue14]") {
    CHECK(TypedDate::read(QStringLiteral("14/12/2026")).date == QDate(2026, 12, 14));
    CHECK(TypedDate::read(QStringLiteral("14 Dec 2026")).date == QDate(2026, 12, 14));
    CHECK(TypedDate::read(QStringLiteral("14 december 2026")).date == QDate(2026, 12, 14));
    CHECK(TypedDate::read(QStringLiteral(" 2/3/2027 ")).date == QDate(2027, 3, 2));
    CHECK(TypedDate::read(QStringLiteral("2027-03-02")).date == QDate(2027, 3, 2));
    CHECK(TypedDate::read(QStringLiteral("29/02/2028")).date == QDate(2028, 2, 29));
    CHECK(TypedDate::read(QString()).empty());
    CHECK(TypedDate::read(QStringLiteral("  ")).ok());
}

TEST_CASE("typed dates: impossible or unclear dates are refused with what to type",
          "[domain][dates][issue14]") {
    const TypedDate feb = TypedDate::read(QStringLiteral("31 Feb 2027"));
    CHECK_FALSE(feb.date.isValid());
    CHECK(feb.problem ==
          QStringLiteral("'31 Feb 2027' is not a date: February 2027 has 28 days. Type the date "
                         "as dd/mm/yyyy, e.g. 14/12/2026."));
    CHECK(TypedDate::read(QStringLiteral("31/02/2027"))
              .problem.contains(QStringLiteral("February 2027 has 28 days")));
    CHECK(TypedDate::read(QStringLiteral("31/04/2027"))
              .problem.contains(QStringLiteral("April 2027 has 30 days")));
    CHECK(TypedDate::read(QStringLiteral("29/02/2027"))
              .problem.contains(QStringLiteral("February 2027 has 28")));
    CHECK(TypedDate::read(QStringLiteral("12/13/2027"))
              .problem.contains(QStringLiteral("there is no month 13")));
    CHECK(TypedDate::read(QStringLiteral("14/12/26")).problem.contains(QStringLiteral("year in full")));
    CHECK(
        TypedDate::read(QStringLiteral("14 Smarch 2026")).problem.contains(QStringLiteral("is not a month")));
    CHECK(TypedDate::read(QStringLiteral("next Tuesday")).problem ==
          QStringLiteral("'next Tuesday' is not a date. Type the date as dd/mm/yyyy, e.g. 14/12/2026."));
}
