// SPDX-License-Identifier: GPL-3.0-or-later
// A placed referral exported in the Placements Data Standard shape carries the standard's
// ActualPlacement and QualityAssurance entities, filled from the placement the program made.
#include "core/domain/placementsstandard.h"
#include "core/services/desk.h"
#include "tests/support/catch.h"
#include "tests/support/placementwalk.h"
#include "tests/support/testsql.h"

#include <QJsonObject>

using namespace pd::core;
using pd::test::PlacementWalk;

namespace {

/// The walk to the end: the IFA's offer chosen and placed at £930 a week plus £45 extras.
QDate placeWithIfa(PlacementWalk& w) {
    pd::test::TestSql sql(w.t.db());
    PD_REQUIRE_OK(sql.run(QStringLiteral("UPDATE providers SET ofsted_urn = 'SC555123' WHERE kind = 'ifa'")));
    PD_REQUIRE_OK(sql.run(QStringLiteral("UPDATE users SET display_name = 'Bea Boss' WHERE login = 'boss'")));
    PD_REQUIRE_OK(
        sql.run(QStringLiteral("UPDATE users SET display_name = 'Tess Tester' WHERE login = 'tester'")));
    w.offer(w.inHouse, 520);
    const qint64 ifaOffer = w.offer(w.ifa, 950);
    PD_REQUIRE_OK(sql.run(QStringLiteral("UPDATE offers SET extras = 45 WHERE id = :id"),
                          {{QStringLiteral(":id"), ifaOffer}}));
    PD_REQUIRE_OK(w.officer().options().present(w.referralId, QStringLiteral("Two carers had a vacancy.")));
    PlacementChoice choice;
    choice.referralId = w.referralId;
    choice.offerId = ifaOffer;
    choice.childView = QStringLiteral("Likes the dog.");
    choice.familyView = QStringLiteral("Mum agrees.");
    PD_REQUIRE_OK(w.socialWorker->choice().record(choice));
    const QDate start = QDate::currentDate().addDays(2);
    PD_REQUIRE_OK(w.manager->permission().place(w.referralId, ifaOffer, 930, start, QStringLiteral("purse")));
    return start;
}

} // namespace

TEST_CASE("a placed referral exports ActualPlacement and QualityAssurance with every mandatory field",
          "[exchange][standard][placement]") {
    PlacementWalk w;
    auto before = w.officer().exchange().exportReferral(w.referralId);
    PD_REQUIRE_OK(before);
    CHECK_FALSE(before->contains(QStringLiteral("ActualPlacement"))); // not placed yet
    CHECK_FALSE(before->contains(QStringLiteral("QualityAssurance")));

    placeWithIfa(w);
    auto json = w.officer().exchange().exportReferral(w.referralId);
    PD_REQUIRE_OK(json);
    CHECK(PlacementsStandard::validate(json.value()).isEmpty());

    const QJsonObject actual = json->value(QStringLiteral("ActualPlacement")).toObject();
    for (const char* field :
         {"totalWeeklyCost", "placementLocation", "preferabilityLocation", "educationContinuity",
          "providerURN", "siblingsPlacedTogether", "placementType"}) {
        CAPTURE(field);
        CHECK(actual.contains(QLatin1String(field)));
    }
    CHECK(actual.value(QStringLiteral("totalWeeklyCost")).toInt() == 975); // agreed £930 + £45 extras
    CHECK(actual.value(QStringLiteral("placementLocation")).toString() == QStringLiteral("RV4 1AA"));
    // RV4 1AA is about 6 miles from home (RV1 2AB) and 5 from school (RV2 4CD): within 20 miles.
    CHECK(actual.value(QStringLiteral("preferabilityLocation")).toBool());
    CHECK(actual.value(QStringLiteral("educationContinuity")).toBool());
    CHECK(actual.value(QStringLiteral("providerURN")).toString() == QStringLiteral("SC555123"));
    CHECK(actual.value(QStringLiteral("siblingsPlacedTogether")).toInt() == 0);
    CHECK(actual.value(QStringLiteral("placementType")).toString() == QStringLiteral("Foster"));

    const QJsonObject qa = json->value(QStringLiteral("QualityAssurance")).toObject();
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    CHECK(qa.value(QStringLiteral("referralDate")).toString() == today); // the referral was entered today
    CHECK(qa.value(QStringLiteral("referralOfficerName")).toString() == QStringLiteral("Tess Tester"));
    CHECK(qa.value(QStringLiteral("placementOfficerName")).toString() == QStringLiteral("Bea Boss"));
    CHECK(qa.value(QStringLiteral("placementDate")).toString() == today); // permission given today
    CHECK(qa.value(QStringLiteral("costOfficerName")).toString() == QStringLiteral("Bea Boss"));
    CHECK(qa.value(QStringLiteral("costDate")).toString() == today);
}

TEST_CASE("a placement beyond the distance the referral asked for is not preferable, and an unknown "
          "postcode claims nothing",
          "[exchange][standard][placement]") {
    PlacementWalk w;
    pd::test::TestSql sql(w.t.db());
    // The referral would like within 3 miles (desirable); the school's postcode is not in the postcode table.
    auto stored = w.officer().referrals().load(w.referralId);
    PD_REQUIRE_OK(stored);
    Referral r = stored.value();
    r.desirableCriteria << Criterion{QStringLiteral("maxDistanceMiles"), QStringLiteral("3")};
    r.schoolPostcode = QStringLiteral("ZZ9 9ZZ");
    PD_REQUIRE_OK(w.officer().referrals().save(r));
    placeWithIfa(w);
    auto json = w.officer().exchange().exportReferral(w.referralId);
    PD_REQUIRE_OK(json);
    const QJsonObject actual = json->value(QStringLiteral("ActualPlacement")).toObject();
    CHECK_FALSE(actual.value(QStringLiteral("preferabilityLocation")).toBool()); // about 6 miles > 3
    CHECK_FALSE(actual.value(QStringLiteral("educationContinuity")).toBool());   // distance unknown
    CHECK(actual.value(QStringLiteral("placementType")).toString() == QStringLiteral("Foster"));
}
