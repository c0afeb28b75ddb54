// SPDX-License-Identifier: GPL-3.0-or-later
// Measures 1-4 on hand-built histories; the year is 1 April 2023 to 31 March 2024 throughout.
#include "core/reports/stabilitymeasures.h"
#include "tests/support/catch.h"
#include "tests/support/historybuilder.h"

using namespace pd::core;
using pd::test::child;

namespace {
const QDate kYearEnd(2024, 3, 31);
const FinancialYear kYear = FinancialYear::ending(kYearEnd);

StabilityMeasures measure(const QList<ChildHistory>& children) {
    return measureStability(PlacementHistory{children}, kYearEnd);
}
} // namespace

TEST_CASE("measure 1 counts placement starts by reason for new episode", "[measures][stability]") {
    // S, P, P all in the year: three placements.
    CHECK(placementsOverlapping(child(1, "2010-01-01",
                                      {{"2023-05-01", "2023-08-01", "S"},
                                       {"2023-08-01", "2024-01-01", "P"},
                                       {"2024-01-01", "", "P"}}),
                                kYear) == 3);
    // B, T and U each begin a placement too: S + B + T + U = four.
    CHECK(placementsOverlapping(child(2, "2010-01-01",
                                      {{"2023-04-01", "2023-05-01", "S"},
                                       {"2023-05-01", "2023-06-01", "B"},
                                       {"2023-06-01", "2023-07-01", "T"},
                                       {"2023-07-01", "", "U"}}),
                                kYear) == 4);
    // L (a change of legal status only) continues the placement: S + L + P = two.
    CHECK(placementsOverlapping(child(3, "2010-01-01",
                                      {{"2023-05-01", "2023-08-01", "S"},
                                       {"2023-08-01", "2024-01-01", "L", "U4", "PR1", "C1"},
                                       {"2024-01-01", "", "P"}}),
                                kYear) == 2);
}

TEST_CASE("measure 1 does not count temporary placements or a return to the same placement",
          "[measures][stability]") {
    // U4 at URN SC1/BS1 1AA, a week's respite (T1), then back to SC1/BS1 1AA: one placement.
    const ChildHistory back = child(1, "2010-01-01",
                                    {{"2023-05-01", "2023-08-01", "S", "U4", "PR1", "C2", "SC1", "BS1 1AA"},
                                     {"2023-08-01", "2023-08-08", "P", "T1"},
                                     {"2023-08-08", "", "P", "U4", "PR1", "C2", "SC1", "BS1 1AA"}});
    CHECK(placementsOverlapping(back, kYear) == 1);
    // Same URN but another postcode after the temporary placement is a new placement: two.
    const ChildHistory moved = child(2, "2010-01-01",
                                     {{"2023-05-01", "2023-08-01", "S", "U4", "PR1", "C2", "SC1", "BS1 1AA"},
                                      {"2023-08-01", "2023-08-08", "P", "T3"},
                                      {"2023-08-08", "", "P", "U4", "PR1", "C2", "SC1", "BS2 2BB"}});
    CHECK(placementsOverlapping(moved, kYear) == 2);
    // Two temporary placements in a row, then a new carer: S and the last P = two (T0, T4 not counted).
    const ChildHistory twoTemps =
        child(3, "2010-01-01",
              {{"2023-05-01", "2023-06-01", "S", "U4", "PR1", "C2", "SC1", "BS1 1AA"},
               {"2023-06-01", "2023-06-05", "P", "T0"},
               {"2023-06-05", "2023-06-09", "P", "T4"},
               {"2023-06-09", "", "P", "U5", "PR4", "C2", "SC9", "BA1 1AA"}});
    CHECK(placementsOverlapping(twoTemps, kYear) == 2);
}

TEST_CASE("measure 1: the first record of a history starts a placement, whatever its reason",
          "[measures][stability]") {
    // The data begins with an L record (history before it is not in the file): L + P + P = three.
    CHECK(placementsOverlapping(child(1, "2010-01-01",
                                      {{"2023-06-01", "2023-09-01", "L"},
                                       {"2023-09-01", "2024-02-01", "P"},
                                       {"2024-02-01", "", "P"}}),
                                kYear) == 3);
}

TEST_CASE(
    "measure 1: a placement overlaps the year when it began by 31 March and had not ended before 1 April",
    "[measures][stability]") {
    // #1 ended 31 March 2023 (before 1 April): out. #2 ended on 1 April 2023: in. #3 and #4: in. Three.
    const ChildHistory c = child(1, "2010-01-01",
                                 {{"2022-01-01", "2023-03-31", "S"},
                                  {"2023-03-31", "2023-04-01", "P"},
                                  {"2023-04-01", "2023-06-01", "P"},
                                  {"2023-06-01", "", "P"}});
    CHECK(placementsOverlapping(c, kYear) == 3);
    // A placement beginning on 1 April 2024 is in the next year: S (2023) + P (2024-03-31) only.
    const ChildHistory late = child(
        2, "2010-01-01",
        {{"2023-01-01", "2024-03-31", "S"}, {"2024-03-31", "2024-04-01", "P"}, {"2024-04-01", "", "P"}});
    CHECK(placementsOverlapping(late, kYear) == 2);
}

TEST_CASE("measures 1-4 leave out children whose record covering 31 March is V3 or V4",
          "[measures][stability]") {
    const auto legal = GENERATE(as<const char*>{}, "V3", "V4");
    // Child 1 has three placements but is on short breaks at 31 March: left out of the denominators.
    // Child 2 was on V3 earlier in the year but C2 at 31 March: counted (three placements).
    // Child 3: looked after since 2023 with one placement: denominator only.
    const StabilityMeasures m = measure({child(1, "2010-01-01",
                                               {{"2023-05-01", "2023-08-01", "S", "U4", "PR1", legal},
                                                {"2023-08-01", "2024-01-01", "P", "U4", "PR1", legal},
                                                {"2024-01-01", "", "P", "U4", "PR1", legal}}),
                                         child(2, "2010-01-01",
                                               {{"2023-05-01", "2023-08-01", "S", "U4", "PR1", "V3"},
                                                {"2023-08-01", "2024-01-01", "P"},
                                                {"2024-01-01", "", "P"}}),
                                         child(3, "2010-01-01", {{"2023-05-01", "", "S"}})});
    CHECK(m.lookedAfter == 3);
    CHECK(m.shortBreakChildren == QList<qint64>{1});
    // Measure 1: 1 of 2 = 50%.
    CHECK(m.threeOrMorePlacements.denominator == 2);
    CHECK(m.threeOrMorePlacements.numerator == 1);
    CHECK(m.threeOrMorePlacements.percent() == Approx(50.0));
    CHECK(m.threeOrMorePlacements.numeratorChildren == QList<qint64>{2});
    // Measures 3 and 4 leave child 1 out too: 2 unknown distances, 2 in-house foster.
    CHECK(m.distanceOver20Miles.unknown == 2);
    CHECK(m.mix.total() == 2);
}

TEST_CASE("looked after at 31 March means an episode covering that day", "[measures][stability]") {
    // Child 1 left care on 31 March 2024 (the end day belongs to what follows): not looked after.
    // Child 2 came into care on 31 March 2024: looked after, one placement.
    const StabilityMeasures m = measure({child(1, "2010-01-01", {{"2023-05-01", "2024-03-31", "S"}}),
                                         child(2, "2010-01-01", {{"2024-03-31", "", "S"}})});
    CHECK(m.lookedAfter == 1);
    CHECK(m.threeOrMorePlacements.denominatorChildren == QList<qint64>{2});
    CHECK(m.threeOrMorePlacements.numerator == 0);
}

TEST_CASE("measure 2: long-term stability", "[measures][stability]") {
    // Thresholds for 31 March 2024: in care since 30 September 2021 or earlier (2.5 years), with the
    // same carer since 31 March 2022 or earlier (2 years); under 16 on 31 March 2024.
    const StabilityMeasures m = measure({
        // 1: one carer since 2021 -> numerator.
        child(1, "2014-05-01", {{"2021-01-01", "", "S"}}),
        // 2: in care since 2021 but moved in 2023 -> denominator only.
        child(2, "2014-05-01", {{"2021-01-01", "2023-01-01", "S"}, {"2023-01-01", "", "P"}}),
        // 3: T (same carer, e.g. becoming long-term) and U changes keep the carer -> numerator.
        child(
            3, "2014-05-01",
            {{"2021-01-01", "2022-06-01", "S"}, {"2022-06-01", "2023-06-01", "T"}, {"2023-06-01", "", "U"}}),
        // 4: a four-day gap in 2022 breaks continuity: in care since 5 June 2022 -> not measured.
        child(4, "2014-05-01", {{"2019-01-01", "2022-06-01", "S"}, {"2022-06-05", "", "S"}}),
        // 5: 16 on 31 March 2024 (born 31 March 2008) -> not measured.
        child(5, "2008-03-31", {{"2019-01-01", "", "S"}}),
        // 6: 15 on 31 March 2024 (born 1 April 2008) -> measured, numerator.
        child(6, "2008-04-01", {{"2019-01-01", "", "S"}}),
        // 7: in care since exactly 30 September 2021 -> measured; carer since then -> numerator.
        child(7, "2014-05-01", {{"2021-09-30", "", "S"}}),
        // 8: in care since 1 October 2021 -> just under 2.5 years, not measured.
        child(8, "2014-05-01", {{"2021-10-01", "", "S"}}),
        // 9: contiguous legal-status change (L) keeps both care and carer; carer since 2020 -> numerator.
        child(9, "2014-05-01",
              {{"2020-01-01", "2022-09-01", "S"}, {"2022-09-01", "", "L", "U4", "PR1", "C1"}}),
        // 10: same carer since 1 April 2022 (one day short of 2 years) -> denominator only.
        child(10, "2014-05-01", {{"2020-01-01", "2022-04-01", "S"}, {"2022-04-01", "", "P"}}),
    });
    CHECK(m.longTermStability.denominatorChildren == QList<qint64>{1, 2, 3, 6, 7, 9, 10});
    CHECK(m.longTermStability.numeratorChildren == QList<qint64>{1, 3, 6, 7, 9});
    // 5 of 7 = 71.4%.
    CHECK(m.longTermStability.percent() == Approx(100.0 * 5 / 7));
}

TEST_CASE("measure 2: a respite break and return to the same carer does not break stability",
          "[measures][stability]") {
    const ChildHistory c = child(1, "2014-05-01",
                                 {{"2021-01-01", "2023-07-01", "S", "U4", "PR1", "C2", "", "BS1 1AA"},
                                  {"2023-07-01", "2023-07-08", "P", "T2"},
                                  {"2023-07-08", "", "P", "U4", "PR1", "C2", "", "BS1 1AA"}});
    CHECK(sameCarerSince(c, kYearEnd) == QDate(2021, 1, 1));
    CHECK(continuousCareSince(c, kYearEnd) == QDate(2021, 1, 1));
}

TEST_CASE("measure 3: distance over 20 miles, unknown postcodes counted apart", "[measures][stability]") {
    // One degree of latitude is 3958.8 x pi / 180 = 69.09 miles: 0.2 degrees = 13.8 miles, 0.4 = 27.6.
    auto placedAt = [](qint64 id, std::optional<Coordinates> home, std::optional<Coordinates> placed) {
        ChildHistory c = child(id, "2012-01-01", {{"2023-05-01", "", "S"}});
        c.episodes[0].home = home;
        c.episodes[0].placed = placed;
        return c;
    };
    const Coordinates home{51.45, -2.59};
    const StabilityMeasures m =
        measure({placedAt(1, home, Coordinates{51.65, -2.59}), placedAt(2, home, Coordinates{51.85, -2.59}),
                 placedAt(3, home, std::nullopt), placedAt(4, std::nullopt, Coordinates{51.45, -2.59})});
    // Known: 2 (13.8 and 27.6 miles), one over 20 -> 1 of 2 = 50%; 2 unknown, never guessed.
    CHECK(m.distanceOver20Miles.numeratorChildren == QList<qint64>{2});
    CHECK(m.distanceOver20Miles.denominator == 2);
    CHECK(m.distanceOver20Miles.percent() == Approx(50.0));
    CHECK(m.distanceOver20Miles.unknownChildren == QList<qint64>{3, 4});
}

TEST_CASE("measure 4: the mix categories table", "[measures][mix]") {
    auto [place, provider, expected] = GENERATE(table<const char*, const char*, PlacementCategory>({
        {"U1", "PR1", PlacementCategory::KinshipFoster},
        {"U2", "PR4", PlacementCategory::KinshipFoster},
        {"U3", "", PlacementCategory::KinshipFoster},
        {"U4", "PR1", PlacementCategory::InHouseFoster},
        {"U5", "PR1", PlacementCategory::InHouseFoster},
        {"U6", "PR1", PlacementCategory::InHouseFoster},
        {"U4", "PR4", PlacementCategory::Ifa},
        {"U5", "PR5", PlacementCategory::Ifa},
        {"U6", "PR4", PlacementCategory::Ifa},
        {"U4", "PR2", PlacementCategory::Other},
        {"U6", "PR3", PlacementCategory::Other},
        {"K1", "PR1", PlacementCategory::InHouseResidential},
        {"K2", "PR1", PlacementCategory::InHouseResidential},
        {"R1", "PR1", PlacementCategory::InHouseResidential},
        {"S1", "PR1", PlacementCategory::InHouseResidential},
        {"K1", "PR4", PlacementCategory::IndependentResidential},
        {"K2", "PR5", PlacementCategory::IndependentResidential},
        {"R1", "PR3", PlacementCategory::IndependentResidential},
        {"R2", "PR1", PlacementCategory::IndependentResidential},
        {"R5", "PR4", PlacementCategory::IndependentResidential},
        {"S1", "PR2", PlacementCategory::IndependentResidential},
        {"H5", "PR4", PlacementCategory::SupportedAccommodation},
        {"P2", "PR1", PlacementCategory::SupportedAccommodation},
        {"P3", "PR0", PlacementCategory::SupportedAccommodation},
        {"R3", "PR1", PlacementCategory::ParentAndChild},
        {"P1", "PR0", PlacementCategory::Other},
        {"A3", "PR1", PlacementCategory::Other},
        {"A6", "PR4", PlacementCategory::Other},
        {"Z1", "PR4", PlacementCategory::Other},
        {"T1", "PR1", PlacementCategory::Other},
    }));
    INFO(place << " " << provider);
    CHECK(categoryOf(QString::fromLatin1(place), QString::fromLatin1(provider)) == expected);
    CHECK(categoryFromKey(categoryKey(expected)) == expected);
}

TEST_CASE("measure 4 counts children at 31 March by the category of their covering record",
          "[measures][mix]") {
    // 1: moved from in-house foster to an IFA in the year -> IFA. 2: kinship. 3: left in January -> not
    // counted.
    const StabilityMeasures m = measure(
        {child(1, "2010-01-01",
               {{"2022-01-01", "2023-10-01", "S", "U4", "PR1"}, {"2023-10-01", "", "P", "U4", "PR4"}}),
         child(2, "2010-01-01", {{"2022-01-01", "", "S", "U1", "PR1"}}),
         child(3, "2010-01-01", {{"2022-01-01", "2024-01-10", "S", "R1", "PR4"}})});
    CHECK(m.mix.counts[std::size_t(PlacementCategory::Ifa)] == 1);
    CHECK(m.mix.counts[std::size_t(PlacementCategory::KinshipFoster)] == 1);
    CHECK(m.mix.counts[std::size_t(PlacementCategory::InHouseFoster)] == 0);
    CHECK(m.mix.counts[std::size_t(PlacementCategory::IndependentResidential)] == 0);
    CHECK(m.mix.total() == 2);
}
