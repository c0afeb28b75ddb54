// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, "search across everything": referrals, children, providers and homes in one search.
#include "core/domain/searchwords.h"
#include "core/services/desk.h"
#include "tests/support/catch.h"
#include "tests/support/searchfixture.h"
#include "tests/support/tempdatabase.h"

using namespace pd;
using core::SearchKind;

namespace {

QStringList names(const core::SearchResults& r, SearchKind kind) {
    QStringList out;
    for (const core::SearchHit& h : r.of(kind))
        out << h.name;
    return out;
}

core::SearchResults find(test::TempDatabase& t, const QString& text,
                         int perKind = core::RecordSearch::kPerKind) {
    auto r = t.desk().search().find(text, perKind);
    PD_REQUIRE_OK(r);
    return r.value();
}

} // namespace

TEST_CASE("search patterns: one per word, lower case, LIKE's wildcards escaped", "[search][issue14]") {
    CHECK(core::searchPatterns(QStringLiteral("  Nia   OKAFOR ")) ==
          QStringList{QStringLiteral("%nia%"), QStringLiteral("%okafor%")});
    CHECK(core::searchPatterns(QStringLiteral("100% a_b c\\d")) ==
          QStringList{QStringLiteral("%100\\%%"), QStringLiteral("%a\\_b%"), QStringLiteral("%c\\\\d%")});
    CHECK(core::searchPatterns(QStringLiteral("   ")).isEmpty());
    CHECK(core::searchPatterns(QStringLiteral("a b c d e f g h")).size() == 6);
}

TEST_CASE("the search finds referrals and children by name, grouped and named, never by id alone",
          "[search][issue14]") {
    test::TempDatabase t;
    const test::SearchFixture f(t.db());

    const core::SearchResults okafor = find(t, QStringLiteral("okafor"));
    CHECK(names(okafor, SearchKind::Referral) ==
          QStringList{QStringLiteral("Sam Okafor"), QStringLiteral("Nia Okafor")});
    CHECK(names(okafor, SearchKind::Child) ==
          QStringList{QStringLiteral("Nia Okafor"), QStringLiteral("Sam Okafor")});
    CHECK(okafor.of(SearchKind::Provider).isEmpty());
    CHECK(okafor.of(SearchKind::Home).isEmpty());
    CHECK(okafor.hits.size() == 4);
    // Grouped: every referral before every child.
    CHECK(okafor.hits.at(0).kind == SearchKind::Referral);
    CHECK(okafor.hits.at(2).kind == SearchKind::Child);
    CHECK(okafor.of(SearchKind::Referral).at(1).id == f.niaReferral);
    CHECK(okafor.of(SearchKind::Referral).at(1).detail == f.niaReference + QStringLiteral(" \u00b7 Draft"));
    CHECK(okafor.of(SearchKind::Child).at(0).id == f.niaChild);

    // Every word must match, in any order.
    for (const QString& text : {QStringLiteral("nia oka"), QStringLiteral("OKA nia")}) {
        const core::SearchResults nia = find(t, text);
        CHECK(names(nia, SearchKind::Referral) == QStringList{QStringLiteral("Nia Okafor")});
        CHECK(names(nia, SearchKind::Child) == QStringList{QStringLiteral("Nia Okafor")});
    }
    // The reference finds its referral.
    const core::SearchResults byReference = find(t, f.niaReference.toLower());
    REQUIRE(byReference.of(SearchKind::Referral).size() == 1);
    CHECK(byReference.of(SearchKind::Referral).at(0).id == f.niaReferral);

    // Siblings' referral names both children.
    CHECK(names(find(t, QStringLiteral("ben varley")), SearchKind::Referral) ==
          QStringList{QStringLiteral("Amy Varley, Ben Varley")});
}

TEST_CASE("the search finds providers by name and URN and homes by name and postcode", "[search][issue14]") {
    test::TempDatabase t;
    const test::SearchFixture f(t.db());

    const core::SearchResults varley = find(t, QStringLiteral("varley"));
    const QList<core::SearchHit> homes = varley.of(SearchKind::Home);
    REQUIRE(homes.size() == 5);
    QStringList details;
    for (const core::SearchHit& h : homes) {
        CHECK(h.name == QStringLiteral("Varley household"));
        CHECK(h.providerId == f.riverton);
        details << h.detail;
    }
    // Five homes of one name told apart by provider and postcode.
    CHECK(details.contains(QStringLiteral("Riverton Fostering Service \u00b7 RV7 8RA")));
    CHECK(details.contains(QStringLiteral("Riverton Fostering Service \u00b7 RV7 8RE")));
    CHECK(details.removeDuplicates() == 0);
    CHECK(names(varley, SearchKind::Referral) == QStringList{QStringLiteral("Amy Varley, Ben Varley")});
    CHECK(varley.of(SearchKind::Child).size() == 2);

    // A postcode with or without its space.
    for (const QString& text : {QStringLiteral("RV7 8RC"), QStringLiteral("rv78rc")}) {
        const QList<core::SearchHit> found = find(t, text).of(SearchKind::Home);
        REQUIRE(found.size() == 1);
        CHECK(found.at(0).id == f.varleyHomes.at(2));
    }
    const QList<core::SearchHit> willow = find(t, QStringLiteral("RV1 2AB")).of(SearchKind::Home);
    REQUIRE(willow.size() == 1);
    CHECK(willow.at(0).detail == QStringLiteral("Riverside Homes \u00b7 RV1 2AB"));

    const QList<core::SearchHit> byUrn = find(t, QStringLiteral("1234567")).of(SearchKind::Provider);
    REQUIRE(byUrn.size() == 1);
    CHECK(byUrn.at(0).name == QStringLiteral("Riverton Fostering Service"));
    CHECK(byUrn.at(0).detail.contains(QStringLiteral("URN 1234567")));
    CHECK(names(find(t, QStringLiteral("river")), SearchKind::Provider) ==
          QStringList{QStringLiteral("Riverside Homes"), QStringLiteral("Riverton Fostering Service")});
}

TEST_CASE("the search limits each kind, escapes what is typed and needs two letters", "[search][issue14]") {
    test::TempDatabase t;
    const test::SearchFixture f(t.db());

    const core::SearchResults jasmine = find(t, QStringLiteral("jasmine"));
    CHECK(jasmine.of(SearchKind::Child).size() == 8);
    CHECK(jasmine.moreOf == QList<SearchKind>{SearchKind::Child});
    CHECK(jasmine.of(SearchKind::Child).at(0).detail == QStringLiteral("JA01 \u00b7 born 1 Mar 2012"));
    const core::SearchResults all = find(t, QStringLiteral("jasmine"), 20);
    CHECK(all.of(SearchKind::Child).size() == 12);
    CHECK(all.moreOf.isEmpty());

    // % and _ match themselves, not any text.
    CHECK(names(find(t, QStringLiteral("100%")), SearchKind::Provider) ==
          QStringList{QStringLiteral("Hill_Top 100% Care")});
    CHECK(names(find(t, QStringLiteral("l_t")), SearchKind::Provider) ==
          QStringList{QStringLiteral("Hill_Top 100% Care")});
    CHECK(find(t, QStringLiteral("ll%t")).hits.isEmpty());
    CHECK(find(t, QStringLiteral("r_v")).hits.isEmpty()); // "_" would have matched "riv"

    // Too short to search; quotes are data, not SQL.
    CHECK(find(t, QStringLiteral("a")).hits.isEmpty());
    CHECK(find(t, QStringLiteral(" a ")).hits.isEmpty());
    CHECK(find(t, QStringLiteral("'; DROP TABLE children; --")).hits.isEmpty());
    CHECK(find(t, QStringLiteral("jasmine")).of(SearchKind::Child).size() == 8); // still there
    CHECK(find(t, QStringLiteral("zzzz")).hits.isEmpty());
    (void)f;
}
