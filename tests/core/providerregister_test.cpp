// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/auditlog.h"
#include "core/storage/postcodedirectory.h"
#include "core/storage/providerhistory.h"
#include "core/storage/providerrepository.h"
#include "core/storage/provisionrepository.h"
#include "core/storage/recordwriter.h"
#include "core/storage/registerqueries.h"
#include "tests/support/catch.h"
#include "tests/support/registerfixture.h"
#include "tests/support/tempdatabase.h"

using namespace pd::core;

namespace {

Provider providerByUrn(Database& db, const char* urn) {
    auto p = ProviderRepository(db).findByUrn(QString::fromLatin1(urn));
    REQUIRE(p.ok());
    REQUIRE(p.value().has_value());
    return *p.value();
}

qint64 addPlacement(Database& db, qint64 childId, qint64 provisionId, const char* start, const char* end,
                    const char* reasonEnd, const char* reasonChange) {
    auto id = RecordWriter(db).insert(
        QStringLiteral("placements"),
        {{QStringLiteral("child_id"), childId},
         {QStringLiteral("provision_id"), provisionId},
         {QStringLiteral("start_date"), QString::fromLatin1(start)},
         {QStringLiteral("end_date"), end ? QVariant(QString::fromLatin1(end)) : QVariant()},
         {QStringLiteral("rne"), QStringLiteral("P")},
         {QStringLiteral("place"), QStringLiteral("U1")},
         {QStringLiteral("reason_end"), reasonEnd ? QVariant(QString::fromLatin1(reasonEnd)) : QVariant()},
         {QStringLiteral("reason_place_change"),
          reasonChange ? QVariant(QString::fromLatin1(reasonChange)) : QVariant()}});
    REQUIRE(id.ok());
    return id.value();
}

} // namespace

TEST_CASE("suspending or excluding a provider needs a reason and is audited", "[register][provider]") {
    pd::test::TempDatabase t;
    pd::test::importAllExamples(t.db());
    Provider p = providerByUrn(t.db(), "SC900003");
    ProviderRepository repo(t.db());
    auto noReason =
        repo.bar(p.id, p.rowVersion, FrameworkStatus::Suspended, QStringLiteral("  "), QDate(2026, 11, 23));
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().message.contains(QStringLiteral("reason")));
    CHECK(providerByUrn(t.db(), "SC900003").frameworkStatus == FrameworkStatus::Spot);

    PD_REQUIRE_OK(repo.bar(p.id, p.rowVersion, FrameworkStatus::Excluded,
                           QStringLiteral("Safeguarding concerns"), QDate(2026, 11, 23)));
    Provider excluded = providerByUrn(t.db(), "SC900003");
    CHECK(excluded.frameworkStatus == FrameworkStatus::Excluded);
    CHECK(excluded.statusReason == QStringLiteral("Safeguarding concerns"));
    CHECK(excluded.statusDate == QDate(2026, 11, 23));
    auto log = AuditLog(t.db()).entries(QStringLiteral("providers"), p.id);
    PD_REQUIRE_OK(log);
    REQUIRE_FALSE(log->isEmpty());
    CHECK(log->first().action == QStringLiteral("exclude"));
    CHECK(log->first().newValue == QStringLiteral("Safeguarding concerns"));

    // A stale version is a conflict, not a silent overwrite.
    auto stale = repo.reinstate(p.id, p.rowVersion, FrameworkStatus::Spot, QStringLiteral("Resolved"));
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().kind == Error::Kind::Conflict);
    PD_REQUIRE_OK(repo.reinstate(p.id, excluded.rowVersion, FrameworkStatus::Spot,
                                 QStringLiteral("Resolved at review")));
    CHECK(providerByUrn(t.db(), "SC900003").statusReason.isEmpty());
}

TEST_CASE("a provider's disruptions and current placements come from the placement history",
          "[register][history]") {
    pd::test::TempDatabase t;
    pd::test::importAllExamples(t.db());
    const Provider p = providerByUrn(t.db(), "SC900002");
    auto provisions = ProvisionRepository(t.db()).forProvider(p.id);
    PD_REQUIRE_OK(provisions);
    const qint64 home = provisions->first().id;
    auto child = RecordWriter(t.db()).insert(QStringLiteral("children"),
                                             {{QStringLiteral("child_ref"), QStringLiteral("C1")}});
    PD_REQUIRE_OK(child);
    addPlacement(t.db(), *child, home, "2024-01-01", "2024-09-01", "E4A", "CARPL"); // reason in the set
    addPlacement(t.db(), *child, home, "2024-10-01", "2025-01-15", "E4A", "OTHER"); // short: under six months
    addPlacement(t.db(), *child, home, "2025-02-01", "2025-03-01", "X1",
                 nullptr); // legal change, same placement
    addPlacement(t.db(), *child, home, "2025-03-01", "2026-01-01", "E4A", "OTHER"); // long, planned ending
    addPlacement(t.db(), *child, home, "2026-02-01", nullptr, nullptr, nullptr);    // current

    auto disruptions = ProviderHistory(t.db()).disruptions(p.id);
    PD_REQUIRE_OK(disruptions);
    REQUIRE(disruptions->size() == 2);
    CHECK(disruptions->at(0).why.contains(QStringLiteral("six months")));
    CHECK(disruptions->at(1).why.contains(QStringLiteral("CARPL")));
    auto current = ProviderHistory(t.db()).currentPlacements(p.id, QDate(2026, 11, 23));
    PD_REQUIRE_OK(current);
    REQUIRE(current->size() == 1);
    CHECK(current->first().childRef == QStringLiteral("C1"));
    auto other = ProviderHistory(t.db()).disruptions(providerByUrn(t.db(), "SC900001").id);
    CHECK(other->isEmpty());
}

TEST_CASE("register rows carry locations and today's vacancies, criteria filter them",
          "[register][criteria]") {
    pd::test::TempDatabase t;
    pd::test::importAllExamples(t.db());
    auto rows = registerRows(t.db(), QDate(2026, 11, 23));
    PD_REQUIRE_OK(rows);
    REQUIRE(rows->size() == 5); // four provisions and Northway with none
    auto origin = PostcodeDirectory(t.db()).find(QStringLiteral("RV1 2AB"));
    REQUIRE(origin.value().has_value());

    struct Case {
        const char* name;
        RegisterCriteria criteria;
        int expected;
    };
    RegisterCriteria near;
    near.origin = *origin.value();
    near.maxMiles = 5;
    RegisterCriteria vacancy;
    vacancy.vacancyNow = true;
    RegisterCriteria ebd;
    ebd.skill = QStringLiteral("ebd");
    RegisterCriteria homes;
    homes.kind = ProviderKind::ChildrensHome;
    RegisterCriteria suspended;
    suspended.frameworkStatus = FrameworkStatus::Suspended;
    RegisterCriteria outstanding;
    outstanding.rating = OfstedRating::Outstanding;
    const Case c = GENERATE_COPY(Case{"within 5 miles", near, 3}, Case{"vacancy now", vacancy, 2},
                                 Case{"ebd skill", ebd, 2}, Case{"children's homes", homes, 2},
                                 Case{"suspended", suspended, 1}, Case{"outstanding", outstanding, 2});
    INFO(c.name);
    int n = 0;
    for (const RegisterRow& r : rows.value())
        n += c.criteria.matches(r) ? 1 : 0;
    CHECK(n == c.expected);
}

TEST_CASE("the register's area pre-filter keeps every row the exact distance keeps", "[register][criteria]") {
    pd::test::TempDatabase t;
    pd::test::importAllExamples(t.db());
    auto origin = PostcodeDirectory(t.db()).find(QStringLiteral("RV1 2AB"));
    REQUIRE(origin.value().has_value());
    const double miles = GENERATE(0.5, 5.0, 15.0, 100.0);
    INFO(miles);
    RegisterCriteria near;
    near.origin = *origin.value();
    near.maxMiles = miles;
    auto all = registerRows(t.db(), QDate(2026, 11, 23));
    auto boxed = registerRows(t.db(), QDate(2026, 11, 23), RegisterArea{*origin.value(), miles});
    PD_REQUIRE_OK(all);
    PD_REQUIRE_OK(boxed);
    QStringList exact, fromBox;
    for (const RegisterRow& r : all.value())
        if (near.matches(r))
            exact << r.provisionCode;
    for (const RegisterRow& r : boxed.value())
        if (near.matches(r))
            fromBox << r.provisionCode;
    CHECK(fromBox == exact);
    CHECK(boxed->size() <= all->size());
}

TEST_CASE("a provision saved without a code gets a stable one, codes are unique per provider",
          "[register][provision]") {
    pd::test::TempDatabase t;
    pd::test::importAllExamples(t.db());
    const Provider p = providerByUrn(t.db(), "SC900001");
    Provision added;
    added.providerId = p.id;
    added.name = QStringLiteral("The Lee household");
    added.household = {HouseholdMember{6, QStringLiteral("M"), {}}};
    ProvisionRepository repo(t.db());
    PD_REQUIRE_OK(repo.save(added));
    CHECK(added.code == QStringLiteral("P%1").arg(added.id));
    auto reread = repo.find(added.id);
    PD_REQUIRE_OK(reread);
    CHECK(reread->code == added.code);
    CHECK(reread->rowVersion == added.rowVersion);
    CHECK(formatHousehold(reread->household) == QStringLiteral("6/M"));

    Provision clash;
    clash.providerId = p.id;
    clash.name = QStringLiteral("Another");
    clash.code = QStringLiteral("H-014");
    auto refused = repo.save(clash);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("already has a provision with code H-014")));
}
