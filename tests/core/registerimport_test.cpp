// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/postcodeimport.h"
#include "core/exchange/registerimport.h"
#include "core/storage/postcodedirectory.h"
#include "core/storage/providerrepository.h"
#include "core/storage/provisionrepository.h"
#include "tests/support/catch.h"
#include "tests/support/registerfixture.h"
#include "tests/support/tempdatabase.h"

#include <QBuffer>

using namespace pd::core;
using pd::test::importText;
using pd::test::registerFingerprint;

namespace {

const QByteArray
    kProvidersHeader("urn,name,kind,ofsted_rating,ofsted_date,framework_status,status_reason,status_date\n");
const QByteArray
    kProvisionsHeader("provider_urn,code,name,placement_type,min_age,max_age,skills,household,pets\n");
const QByteArray kVacanciesHeader("provider_urn,provision_code,available_from,available_until,places\n");

struct BadFile {
    const char* what;
    pd::test::Importer importer;
    QByteArray text;
    int line;
    const char* reason;
};

} // namespace

TEST_CASE("the example files import and link up", "[import][register]") {
    pd::test::TempDatabase t;
    pd::test::importAllExamples(t.db());
    auto providers = ProviderRepository(t.db()).all();
    PD_REQUIRE_OK(providers);
    REQUIRE(providers->size() == 4);
    auto brightwater = ProviderRepository(t.db()).findByUrn(QStringLiteral("sc900002"));
    PD_REQUIRE_OK(brightwater);
    REQUIRE(brightwater.value().has_value());
    CHECK(brightwater.value()->frameworkStatus == FrameworkStatus::SelectList);
    CHECK(brightwater.value()->priceBandUpper.value_or(0) == Approx(1150));
    auto provisions = ProvisionRepository(t.db()).forProvider(brightwater.value()->id);
    PD_REQUIRE_OK(provisions);
    REQUIRE(provisions->size() == 2);
    const Provision& morgan =
        provisions->first().code == QLatin1String("BW-031") ? provisions->at(0) : provisions->at(1);
    CHECK(morgan.skills == QStringList{QStringLiteral("ebd"), QStringLiteral("therapeutic")});
    CHECK(morgan.hasPets);
    REQUIRE(morgan.household.size() == 1);
    CHECK(morgan.household.first().risks == QStringList{QStringLiteral("physical")});
    auto vacancies = ProvisionRepository(t.db()).vacancies(morgan.id);
    PD_REQUIRE_OK(vacancies);
    REQUIRE(vacancies->size() == 1);
    CHECK(vacancies->first().until == QDate(2027, 3, 31));
    auto northway = ProviderRepository(t.db()).findByUrn(QStringLiteral("SC900004"));
    CHECK(northway.value()->statusReason.contains(QStringLiteral("inadequate")));
}

TEST_CASE("a bad row refuses the whole file with its line number and changes nothing", "[import][register]") {
    pd::test::TempDatabase t;
    pd::test::importAllExamples(t.db());
    const BadFile bad = GENERATE(
        BadFile{"missing column", &importProviders, "urn,name\nSC1,Oak\n", 1, "kind"},
        BadFile{"short row", &importProviders, kProvidersHeader + "SC910001,Ash Homes,ifa\n", 2,
                "the header has 8"},
        BadFile{"missing value", &importProviders,
                kProvidersHeader + "SC910001,Ash Homes,childrens_home,,,,,\nSC910002,,ifa,,,,,\n", 3,
                "name is missing"},
        BadFile{"unknown kind", &importProviders, kProvidersHeader + "SC910001,Ash Homes,castle,,,,,\n", 2,
                "kind 'castle'"},
        BadFile{"unknown rating", &importProviders,
                kProvidersHeader + "SC910001,Ash,ifa,superb,2025-01-01,,,\n", 2, "ofsted_rating 'superb'"},
        BadFile{"bad date", &importProviders, kProvidersHeader + "SC910001,Ash,ifa,good,31/02/2025,,,\n", 2,
                "is not a date"},
        BadFile{"duplicate URN", &importProviders,
                kProvidersHeader +
                    "SC910001,Ash,ifa,,,,,\nSC910002,Elm,ifa,,,,,\nsc910001,Ash again,ifa,,,,,\n",
                4, "also on line 2"},
        BadFile{"suspended without reason", &importProviders,
                kProvidersHeader + "SC910001,Ash,ifa,,,suspended,,\n", 2, "reason"},
        BadFile{"unknown provider", &importProvisions, kProvisionsHeader + "SC999999,H1,House,foster,,,,,\n",
                2, "no provider has the Ofsted URN SC999999"},
        BadFile{"unknown skill", &importProvisions,
                kProvisionsHeader + "SC900001,H-900,House,foster,0,17,asd;flying,,\n", 2,
                "'flying' is not a skill code"},
        BadFile{"unknown placement type", &importProvisions,
                kProvisionsHeader + "SC900001,H-900,House,boarding,,,,,\n", 2, "placement_type 'boarding'"},
        BadFile{"bad ages", &importProvisions, kProvisionsHeader + "SC900001,H-900,House,foster,12,5,,,\n", 2,
                "approval ages"},
        BadFile{"bad household", &importProvisions,
                kProvisionsHeader + "SC900001,H-900,House,foster,0,17,,9/F/arson,\n", 2, "household"},
        BadFile{"bad yes/no", &importProvisions,
                kProvisionsHeader + "SC900001,H-900,House,foster,0,17,,,maybe\n", 2, "yes or no"},
        BadFile{"duplicate provision code", &importProvisions,
                kProvisionsHeader + "SC900001,H-900,House,foster,,,,,\nSC900001,H-900,House 2,foster,,,,,\n",
                3, "also on line 2"},
        BadFile{"unknown provision", &importVacancies, kVacanciesHeader + "SC900001,NOPE,2026-12-01,,1\n", 2,
                "no provision with code NOPE"},
        BadFile{"vacancy ends before it starts", &importVacancies,
                kVacanciesHeader + "SC900001,H-014,2026-12-01,2026-11-01,1\n", 2, "before it starts"},
        BadFile{"vacancy bad date", &importVacancies, kVacanciesHeader + "SC900001,H-014,next week,,1\n", 2,
                "not a date"},
        BadFile{"postcode bad latitude", &importPostcodes,
                "pcds,lat,long\nAB1 2CD,57.1,-2.1\nAB1 2CE,north,-2.1\n", 3, "coordinates"},
        BadFile{"postcode outside the British Isles", &importPostcodes, "pcds,lat,long\nAB1 2CD,40.4,-3.7\n",
                2, "British Isles"},
        BadFile{"postcode not a postcode", &importPostcodes, "pcds,lat,long\nHELLO,57.1,-2.1\n", 2,
                "not a postcode"});
    INFO(bad.what);
    const QString before = registerFingerprint(t.db());
    auto result = importText(t.db(), bad.importer, bad.text, QStringLiteral("bad.csv"));
    REQUIRE_FALSE(result.ok());
    INFO(result.error().message.toStdString());
    CHECK(result.error().message.startsWith(QStringLiteral("bad.csv, line %1:").arg(bad.line)));
    CHECK(result.error().message.contains(QString::fromUtf8(bad.reason)));
    CHECK(registerFingerprint(t.db()) == before);
}

TEST_CASE("re-importing updates by key instead of duplicating", "[import][register]") {
    pd::test::TempDatabase t;
    pd::test::importAllExamples(t.db());
    const QString before = registerFingerprint(t.db());
    for (const char* kind : {"providers", "provisions", "vacancies"}) {
        auto again = pd::test::importExample(t.db(), QString::fromLatin1(kind));
        PD_REQUIRE_OK(again);
        CHECK(again->added == 0);
        CHECK(again->updated == 0);
    }
    PD_REQUIRE_OK(pd::test::importExample(t.db(), QStringLiteral("postcodes")));
    // Postcodes write an audit row per import; the register rows are the same.
    CHECK(registerFingerprint(t.db()).section(QStringLiteral(" audit_log"), 0, 0) ==
          before.section(QStringLiteral(" audit_log"), 0, 0));

    auto changed =
        importText(t.db(), &importProviders,
                   kProvidersHeader + "SC900002,Brightwater Family Fostering,ifa,good,2026-10-01,spot,,\n");
    PD_REQUIRE_OK(changed);
    CHECK(changed->updated == 1);
    CHECK(changed->added == 0);
    auto all = ProviderRepository(t.db()).all();
    PD_REQUIRE_OK(all);
    CHECK(all->size() == 4);
    auto p = ProviderRepository(t.db()).findByUrn(QStringLiteral("SC900002"));
    CHECK(p.value()->name == QStringLiteral("Brightwater Family Fostering"));
    CHECK(p.value()->rating == OfstedRating::Good);

    auto vacancy =
        importText(t.db(), &importVacancies, kVacanciesHeader + "SC900001,H-014,2026-11-20,2026-12-24,2\n");
    PD_REQUIRE_OK(vacancy);
    CHECK(vacancy->updated == 1);
}

TEST_CASE("postcodes: re-import moves a postcode, ONS no-grid rows are skipped, cancel keeps nothing",
          "[import][postcodes]") {
    pd::test::TempDatabase t;
    PD_REQUIRE_OK(pd::test::importExample(t.db(), QStringLiteral("postcodes")));
    PostcodeDirectory directory(t.db());
    CHECK_FALSE(directory.find(QStringLiteral("ZZ9 9ZZ")).value().has_value());
    auto moved = importText(t.db(), &importPostcodes, "pcds,lat,long\nRV1 2AB,52.5,-2.0\n");
    PD_REQUIRE_OK(moved);
    auto where = directory.find(QStringLiteral("rv1 2ab"));
    REQUIRE(where.value().has_value());
    CHECK(where.value()->lat == Approx(52.5));

    const QString before = registerFingerprint(t.db());
    QByteArray big("pcds,lat,long\n");
    for (int i = 0; i < 2000; ++i)
        big += QStringLiteral("CX%1 1AA,52.0,-1.0\n").arg(i % 100).toUtf8();
    QBuffer buffer(&big);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    int calls = 0;
    auto cancelled = importPostcodes(t.db(), buffer, QStringLiteral("big.csv"), [&](int percent) {
        ++calls;
        return percent < 50;
    });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().message.contains(QStringLiteral("cancelled")));
    CHECK(calls > 1);
    CHECK(registerFingerprint(t.db()) == before);
}
