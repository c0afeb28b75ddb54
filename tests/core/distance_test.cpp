// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/geo.h"
#include "core/exchange/postcodeimport.h"
#include "core/storage/postcodedirectory.h"
#include "tests/support/catch.h"
#include "tests/support/tempdatabase.h"

#include <QBuffer>

using namespace pd::core;

namespace {

// City-centre coordinates (town halls / central stations, WGS84).
const Coordinates kLondon{51.5074, -0.1278};
const Coordinates kManchester{53.4808, -2.2426};
const Coordinates kBirmingham{52.4862, -1.8904};
const Coordinates kLeeds{53.8008, -1.5491};
const Coordinates kEdinburgh{55.9533, -3.1883};
const Coordinates kCardiff{51.4816, -3.1791};

} // namespace

TEST_CASE("straight-line miles between real places match an independent computation", "[geo][distance]") {
    // Expected values from the spherical law of cosines (not haversine) on R = 3958.8 miles:
    //   python3 -c "from math import *; R=3958.8
    //   f=lambda a,b:
    //   R*acos(sin(radians(a[0]))*sin(radians(b[0]))+cos(radians(a[0]))*cos(radians(b[0]))*cos(radians(b[1]-a[1])))
    //   print(f((51.5074,-0.1278),(53.4808,-2.2426)))"   -> 162.790 (and likewise for the others)
    struct Case {
        const char* name;
        Coordinates a;
        Coordinates b;
        double miles;
    };
    const Case c = GENERATE(Case{"London-Manchester", kLondon, kManchester, 162.790},
                            Case{"Birmingham-Leeds", kBirmingham, kLeeds, 91.926},
                            Case{"London-Edinburgh", kLondon, kEdinburgh, 331.600},
                            Case{"Cardiff-London", kCardiff, kLondon, 131.261});
    INFO(c.name);
    CHECK(milesBetween(c.a, c.b) == Approx(c.miles).margin(0.1));
    CHECK(milesBetween(c.b, c.a) == Approx(c.miles).margin(0.1));
}

TEST_CASE("distances between imported postcodes use the imported coordinates", "[geo][distance]") {
    pd::test::TempDatabase t;
    QByteArray csv("pcds,lat,long\nLN1 1AA,51.5074,-0.1278\nMN1 1AA,53.4808,-2.2426\n");
    QBuffer file(&csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    PD_REQUIRE_OK(importPostcodes(t.db(), file, QStringLiteral("pc.csv")));
    PostcodeDirectory directory(t.db());
    auto miles = directory.milesBetween(QStringLiteral("ln11aa"), QStringLiteral("MN1 1AA"));
    PD_REQUIRE_OK(miles);
    REQUIRE(miles.value().has_value());
    CHECK(*miles.value() == Approx(162.790).margin(0.1));
    auto unknown = directory.milesBetween(QStringLiteral("LN1 1AA"), QStringLiteral("XX1 1XX"));
    PD_REQUIRE_OK(unknown);
    CHECK_FALSE(unknown.value().has_value());
}
