// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 11, must-show 3: a block contract's utilisation and void cost over a year worked out by hand,
// and matching preferring an empty place in a block contract, with its explanation line.
#include "core/domain/providercontract.h"
#include "core/services/desk.h"
#include "tests/support/catch.h"
#include "tests/support/placementwalk.h"
#include "tests/support/referralbuilder.h"
#include "tests/support/testsql.h"

using namespace pd::core;

namespace {

QDate day(const char* iso) {
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

ProviderContract block() {
    ProviderContract c;
    c.providerId = 1;
    c.kind = ProviderContractKind::Block;
    c.startsOn = day("2026-04-01");
    c.endsOn = day("2027-03-31");
    c.reservedPlaces = 3;
    c.pricePerPlace = 800; // no void cost given: an empty place costs the price
    return c;
}

// A all year; B June to August; E 15 June to 14 July; F 1 to 7 July (a fourth child: the block
// counts three); C from 1 January.
const QList<ProviderStay> kStays{
    {day("2026-04-01"), {}},
    {day("2026-06-01"), day("2026-09-01")},
    {day("2026-06-15"), day("2026-07-15")},
    {day("2026-07-01"), day("2026-07-08")},
    {day("2027-01-01"), {}},
};

QString blockExplanation(const MatchResult& r, qint64 provisionId) {
    for (const MatchResult::Candidate& c : r.candidates)
        if (r.vacancy(c.index).provisionId == provisionId)
            return r.explain(c)[int(SoftCriterion::BlockVoid)].explanation;
    return {};
}

const WholeCost* costOf(const MatchResult& r, qint64 provisionId) {
    for (const MatchResult::Candidate& c : r.candidates)
        if (r.vacancy(c.index).provisionId == provisionId)
            return &c.cost;
    return nullptr;
}

int scoreOf(const MatchResult& r, qint64 provisionId, float* blockPart = nullptr) {
    for (const MatchResult::Candidate& c : r.candidates)
        if (r.vacancy(c.index).provisionId == provisionId) {
            if (blockPart)
                *blockPart = c.parts[size_t(SoftCriterion::BlockVoid)];
            return c.score;
        }
    return -1;
}

} // namespace

TEST_CASE("a block contract's utilisation and void cost over a year, by hand", "[money][block]") {
    const BlockUtilisation u = blockUtilisation(block(), kStays, day("2027-03-31"));
    // Place-days used: A 365 + B 92 + E 30 + F 7 + C 90, less the 7 days F was a fourth child = 577.
    CHECK(u.reservedPlaceDays == 1095); // 3 places x 365 days
    CHECK(u.usedPlaceDays == 577);
    CHECK(u.voidPlaceDays() == 518);
    CHECK(u.voidCost == Approx(59200)); // 518 / 7 = 74 place-weeks x £800
    REQUIRE(u.weeks.size() == 53);      // 52 weeks and the last day
    CHECK(u.weeks[0].from == day("2026-04-01"));
    CHECK(u.weeks[0].to == day("2026-04-07"));
    CHECK(u.weeks[0].usedPlaceDays == 7); // A alone
    CHECK(u.weeks[0].voidCost == Approx(1600));
    CHECK(u.weeks[13].from == day("2026-07-01")); // four children, three places: full
    CHECK(u.weeks[13].usedPlaceDays == 21);
    CHECK(u.weeks[13].utilisation() == Approx(1.0));
    CHECK(u.weeks[13].voidCost == Approx(0));
    CHECK(u.weeks[52].from == day("2027-03-31"));
    CHECK(u.weeks[52].to == day("2027-03-31"));
    CHECK(u.weeks[52].reservedPlaceDays == 3);
    CHECK(u.weeks[52].usedPlaceDays == 2); // A and C
    CHECK(u.placesUsedOn == 2);

    // To the end of September: A 183 + B 92 + E 30 + F 7 - 7 = 305 of 549; A alone on 30 September.
    const BlockUtilisation half = blockUtilisation(block(), kStays, day("2026-09-30"));
    CHECK(half.reservedPlaceDays == 549);
    CHECK(half.usedPlaceDays == 305);
    CHECK(half.voidCost == Approx(244.0 * 800 / 7));
    CHECK(half.placesUsedOn == 1);

    // A void cost below the price counts instead of the price.
    ProviderContract cheaper = block();
    cheaper.voidCost = 400;
    CHECK(blockUtilisation(cheaper, kStays, day("2027-03-31")).voidCost == Approx(29600));
}

TEST_CASE("matching prefers an empty place in a block contract and says why", "[money][block][matching]") {
    pd::test::PlacementWalk w;
    pd::test::addUser(w.t.db(), QStringLiteral("boss2"), Role::Manager);
    const qint64 bright =
        w.number(QStringLiteral("SELECT provider_id FROM provisions WHERE id = %1").arg(w.ifa));
    const QDate today = QDate::currentDate();
    auto before = w.officer().matching().shortlist(w.referralId, today);
    PD_REQUIRE_OK(before);
    float part = 0;
    const int plain = scoreOf(before.value(), w.ifa, &part);
    REQUIRE(plain >= 0);
    CHECK(part == -1.0f); // no block contract: not scored
    REQUIRE(plain < 100);

    // Six places reserved with Bright Futures, four used by current placements there.
    ProviderContract c;
    c.providerId = bright;
    c.kind = ProviderContractKind::Block;
    c.startsOn = today.addMonths(-6);
    c.endsOn = today.addMonths(6);
    c.reservedPlaces = 6;
    c.pricePerPlace = 850;
    w.t.db().setUserName(QStringLiteral("boss2"));
    PD_REQUIRE_OK(w.officer().providerContracts().save(c));
    w.t.db().setUserName(QStringLiteral("tester"));
    pd::test::TestSql sql(w.t.db());
    for (int i = 0; i < 4; ++i)
        PD_REQUIRE_OK(
            sql.run(QStringLiteral("INSERT INTO placements (child_id, start_date, rne, place, provision_id) "
                                   "VALUES (%1, '%2', 'S', 'U4', %3)")
                        .arg(w.childId)
                        .arg(today.addDays(-30).toString(Qt::ISODate))
                        .arg(w.ifa)));
    auto withVoid = w.officer().matching().shortlist(w.referralId, today);
    PD_REQUIRE_OK(withVoid);
    const int voidScore = scoreOf(withVoid.value(), w.ifa, &part);
    CHECK(part == 1.0f);
    CHECK(voidScore > plain);
    CHECK(blockExplanation(withVoid.value(), w.ifa) ==
          QStringLiteral("Block contract: 2 of 6 places empty — this placement costs nothing extra."));
    // The whole-cost comparison counts the void's real marginal cost: no fee, the £910 already paid.
    const WholeCost* voidCost = costOf(withVoid.value(), w.ifa);
    REQUIRE(voidCost);
    CHECK(voidCost->fee == 0);
    CHECK(voidCost->blockPlaceFee == Approx(910));
    CHECK(voidCost->describe().startsWith(QStringLiteral(
        "£0.00 fee (an empty place in a block contract: its £910.00 a week is already paid)")));

    // Two more placements fill the block: the criterion now counts against it.
    for (int i = 0; i < 2; ++i)
        PD_REQUIRE_OK(
            sql.run(QStringLiteral("INSERT INTO placements (child_id, start_date, rne, place, provision_id) "
                                   "VALUES (%1, '%2', 'S', 'U4', %3)")
                        .arg(w.childId)
                        .arg(today.addDays(-30).toString(Qt::ISODate))
                        .arg(w.ifa)));
    auto full = w.officer().matching().shortlist(w.referralId, today);
    PD_REQUIRE_OK(full);
    CHECK(scoreOf(full.value(), w.ifa, &part) < plain);
    CHECK(part == 0.0f);
    CHECK(blockExplanation(full.value(), w.ifa) ==
          QStringLiteral("Block contract: all 6 places used — this placement is paid on top of the block."));
    CHECK(costOf(full.value(), w.ifa)->fee == Approx(910));
}

TEST_CASE("a block contract without places or price is refused, with the field named", "[money][block]") {
    pd::test::PlacementWalk w;
    pd::test::addUser(w.t.db(), QStringLiteral("boss2"), Role::Manager);
    w.t.db().setUserName(QStringLiteral("boss2"));
    ProviderContract c = block();
    c.providerId = w.number(QStringLiteral("SELECT provider_id FROM provisions WHERE id = %1").arg(w.ifa));
    c.reservedPlaces = 0;
    auto none = w.officer().providerContracts().save(c);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().message.startsWith(QStringLiteral("Reserved places:")));
    c.reservedPlaces = 3;
    c.pricePerPlace.reset();
    REQUIRE_FALSE(w.officer().providerContracts().save(c).ok());
    c.pricePerPlace = 800;
    PD_REQUIRE_OK(w.officer().providerContracts().save(c));
    CHECK(c.id > 0);
    auto u = w.officer().providerContracts().utilisation(c.id, day("2026-04-30"));
    PD_REQUIRE_OK(u);
    CHECK(u->reservedPlaceDays == 90);
}
