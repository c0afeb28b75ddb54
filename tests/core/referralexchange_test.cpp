// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/placementsstandard.h"
#include "core/services/referralexchange.h"
#include "core/services/referralservice.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/storage/referralrepository.h"
#include "tests/support/catch.h"
#include "tests/support/referralbuilder.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/testsql.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace pd::core;
using pd::test::TempDatabase;

namespace {

QJsonObject standardFile() {
    QFile f(QStringLiteral(PD_SOURCE_DIR "/tests/data/placements-data-standard-v2.json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(f.readAll()).object();
}

/// Every standard field away from its default, so a lost field shows up as a difference.
Referral fullReferral() {
    Referral r = pd::test::completeReferral();
    r.children[0].childId = 0;
    r.siblingCount = 0;
    r.preferredLocation = QStringLiteral("North of the city");
    r.communicationNeeds = QStringLiteral("Y");
    r.specificCommunicationRequirements = {QStringLiteral("BSL"), QStringLiteral("Makaton")};
    r.homeAdaptation = true;
    r.culturalNeeds = QStringLiteral("Required");
    r.livingCompanions = QStringLiteral("Only with other older children");
    r.pets = QStringLiteral("Yes - can");
    r.additionalSupport = QStringLiteral("therapeutic support");
    r.deprivationOfLiberty = true;
    r.fosterCareSuitability = QStringLiteral("Preferred");
    r.residentialCareSuitability = QStringLiteral("Suitable but not preferred");
    r.supportedAccommodationSuitability = QStringLiteral("Unsuitable");
    r.riskSelfHarm = r.riskSexualExploitation = r.riskCriminalExploitation = r.riskDrugAlcohol =
        r.riskEatingDisorder = r.riskMissing = QStringLiteral("Risk Present");
    r.riskToOthersPhysical = r.riskToOthersSexual = r.riskToOthersFire = r.riskToOthersAnimals =
        r.riskToOthersCriminal = QStringLiteral("Risk Present");
    r.riskOther = QStringLiteral("Climbs out of windows");
    r.riskToOthersOther = QStringLiteral("Verbal threats to younger children");
    r.actualPlacementType = QStringLiteral("Foster");
    r.actualTotalWeeklyCost = 1180;
    r.actualPlacementLocation = QStringLiteral("RV3 1AA");
    r.actualPreferabilityLocation = true;
    r.actualEducationContinuity = true;
    r.actualProviderUrn = QStringLiteral("SC123456");
    r.actualSiblingsPlacedTogether = 1;
    r.referralOfficerName = QStringLiteral("A. Officer");
    r.referralDate = QDate(2026, 11, 2);
    r.placementOfficerName = QStringLiteral("B. Placer");
    r.placementDate = QDate(2026, 11, 20);
    r.costOfficerName = QStringLiteral("C. Costs");
    r.costDate = QDate(2026, 11, 19);
    r.emergency = true;
    r.budgetGuideWeekly = 1200;
    r.desirableCriteria = {{QStringLiteral("carerReligion"), QStringLiteral("Christian")}};
    return r;
}

int referralRows(Database& db) {
    auto rows = pd::test::TestSql(db).value(
        QStringLiteral("SELECT (SELECT COUNT(*) FROM referrals) + (SELECT COUNT(*) FROM audit_log)"));
    REQUIRE(rows.ok());
    return rows->toInt();
}

} // namespace

TEST_CASE("the built-in field table is the standard file, field for field", "[exchange][standard]") {
    const QJsonObject entities = standardFile().value(QStringLiteral("entities")).toObject();
    int count = 0;
    for (auto it = entities.begin(); it != entities.end(); ++it)
        for (const QJsonValue& v : it.value().toArray()) {
            const QJsonObject f = v.toObject();
            ++count;
            bool found = false;
            for (const StandardField& mine : PlacementsStandard::fields())
                if (it.key() == QLatin1String(mine.entity) &&
                    f.value(QStringLiteral("name")).toString() == QLatin1String(mine.name)) {
                    found = true;
                    CHECK(f.value(QStringLiteral("type")).toString() == QLatin1String(mine.type));
                    CHECK(f.value(QStringLiteral("cardinality")).toString() ==
                          QLatin1String(mine.cardinality));
                    QStringList options;
                    for (const QJsonValue& o : f.value(QStringLiteral("options")).toArray())
                        options << o.toString();
                    CHECK(options == mine.options);
                }
            CAPTURE(it.key().toStdString(), f.value(QStringLiteral("name")).toString().toStdString());
            CHECK(found);
        }
    CHECK(count == PlacementsStandard::fields().size());
}

TEST_CASE("a round trip through the standard JSON keeps every field of every entity",
          "[exchange][standard]") {
    TempDatabase t;
    const Referral original = fullReferral();
    const QJsonObject out = original.toJson();
    CHECK(PlacementsStandard::validate(out).isEmpty());

    auto ids = ReferralExchange(t.db()).importJson(QJsonDocument(out).toJson(), QStringLiteral("test.json"));
    PD_REQUIRE_OK(ids);
    REQUIRE(ids->size() == 1);
    auto exported = ReferralExchange(t.db()).exportReferral(ids->first());
    PD_REQUIRE_OK(exported);

    const QJsonObject entities = standardFile().value(QStringLiteral("entities")).toObject();
    for (auto it = entities.begin(); it != entities.end(); ++it) {
        for (const QJsonValue& v : it.value().toArray()) {
            const QString field = v.toObject().value(QStringLiteral("name")).toString();
            CAPTURE(it.key().toStdString(), field.toStdString());
            const QJsonValue before = out.value(it.key()).toObject().value(field);
            const QJsonValue after = exported->value(it.key()).toObject().value(field);
            CHECK_FALSE(before.isUndefined());
            CHECK(before == after);
        }
    }
    QJsonObject extensionBefore = out.value(QStringLiteral("PlacementDeskExtension")).toObject();
    QJsonObject extensionAfter = exported->value(QStringLiteral("PlacementDeskExtension")).toObject();
    CHECK(extensionAfter.take(QStringLiteral("reference"))
              .toString()
              .startsWith(QStringLiteral("R-"))); // numbered on import
    extensionBefore.remove(QStringLiteral("reference"));
    CHECK(extensionAfter == extensionBefore);
    auto stored = ReferralRepository(t.db()).load(ids->first());
    CHECK(stored->state == ReferralState::Draft);
    CHECK(stored->emergency);
}

TEST_CASE("an invalid file is refused with one line per field and leaves the database unchanged",
          "[exchange]") {
    TempDatabase t;
    QJsonObject json = fullReferral().toJson();
    auto set = [&json](const QString& entity, const QString& field, const QJsonValue& value) {
        QJsonObject o = json.value(entity).toObject();
        o.insert(field, value);
        json.insert(entity, o);
    };
    set(QStringLiteral("Risks"), QStringLiteral("riskMissing"), QStringLiteral("Sometimes"));
    set(QStringLiteral("PlacementAvailability"), QStringLiteral("siblingCount"), QStringLiteral("two"));
    set(QStringLiteral("PlacementRequirements"), QStringLiteral("homeAdaptation"), QStringLiteral("yes"));
    set(QStringLiteral("PlacementRequirements"), QStringLiteral("favouriteColour"), QStringLiteral("blue"));
    set(QStringLiteral("QualityAssurance"), QStringLiteral("referralDate"), QStringLiteral("02/11/2026"));
    set(QStringLiteral("PlacementDeskExtension"), QStringLiteral("neededByDate"), QStringLiteral("soon"));
    QJsonObject recommendation = json.value(QStringLiteral("PlacementRecommendation")).toObject();
    recommendation.remove(QStringLiteral("fosterCareSuitability"));
    json.insert(QStringLiteral("PlacementRecommendation"), recommendation);
    json.insert(QStringLiteral("Placement"), QJsonObject());

    // A valid referral first in the same file: all or nothing means it is not imported either.
    const QJsonArray file{pd::test::completeReferral().toJson(), json};
    const int before = referralRows(t.db());
    auto result =
        ReferralExchange(t.db()).importJson(QJsonDocument(file).toJson(), QStringLiteral("bad.json"));
    REQUIRE_FALSE(result.ok());
    const QString m = result.error().message;
    INFO(m.toStdString());
    for (const char* expected :
         {"referral 2: Risks.riskMissing: 'Sometimes' is not one of: No known risk, Risk Present",
          "referral 2: PlacementAvailability.siblingCount: 'two' is not a whole number",
          "referral 2: PlacementRequirements.homeAdaptation: must be true or false",
          "referral 2: PlacementRequirements.favouriteColour: not a field of the standard",
          "referral 2: QualityAssurance.referralDate: '02/11/2026' is not a date",
          "referral 2: PlacementDeskExtension.neededByDate: 'soon' is not a date",
          "referral 2: PlacementRecommendation.fosterCareSuitability: missing",
          "referral 2: Placement: not an entity"})
        CHECK(m.contains(QString::fromUtf8(expected)));
    CHECK_FALSE(m.contains(QStringLiteral("referral 1:")));
    CHECK(referralRows(t.db()) == before);

    auto broken = ReferralExchange(t.db()).importJson("{\n \"Risks\": {,\n}", QStringLiteral("broken.json"));
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().message.contains(QStringLiteral("broken.json line 2")));
    CHECK(referralRows(t.db()) == before);
}

TEST_CASE("free text in a criterion is refused on import and on save, with the field named",
          "[exchange][criteria]") {
    TempDatabase t;
    QJsonObject json = fullReferral().toJson();
    QJsonObject ext = json.value(QStringLiteral("PlacementDeskExtension")).toObject();
    ext.insert(QStringLiteral("essentialCriteria"),
               QJsonArray{QJsonObject{{"kind", "placementType"}, {"value", "foster"}},
                          QJsonObject{{"kind", "nearSchool"}, {"value", "Orchard Academy"}},
                          QJsonObject{{"kind", "maxDistanceMiles"}, {"value", "20 miles from RV15 1AW"}}});
    ext.insert(QStringLiteral("desirableCriteria"),
               QJsonArray{QJsonObject{{"kind", "carerLanguage"},
                                      {"value", "Reid family's language, near Orchard Academy RV15 1AW"}},
                          QJsonObject{{"kind", "noPets"}, {"value", "the Reids' dog"}},
                          QJsonObject{{"kind", "carerReligion"}, {"value", "muslim"}}});
    json.insert(QStringLiteral("PlacementDeskExtension"), ext);
    const int before = referralRows(t.db());
    auto result =
        ReferralExchange(t.db()).importJson(QJsonDocument(json).toJson(), QStringLiteral("free.json"));
    REQUIRE_FALSE(result.ok());
    const QString m = result.error().message;
    INFO(m.toStdString());
    for (const char* expected :
         {"PlacementDeskExtension.essentialCriteria[1].kind: 'nearSchool' is not a criterion kind",
          "PlacementDeskExtension.essentialCriteria[2].value: maxDistanceMiles must be a number of miles",
          "PlacementDeskExtension.desirableCriteria[0].value: carerLanguage must be one of the listed values",
          "PlacementDeskExtension.desirableCriteria[1].value: noPets takes no value"})
        CHECK(m.contains(QString::fromUtf8(expected)));
    CHECK_FALSE(m.contains(QStringLiteral("essentialCriteria[0]")));
    CHECK_FALSE(m.contains(QStringLiteral("desirableCriteria[2]"))); // "muslim" is Muslim in the list
    CHECK(referralRows(t.db()) == before);

    // The same values typed into the form are refused by the service that saves it.
    Referral typed = fullReferral();
    typed.desirableCriteria = {{QStringLiteral("carerLanguage"), QStringLiteral("Reid family's language")}};
    auto created = ReferralService(t.db()).create(typed);
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().message.contains(
        QStringLiteral("Desirable criterion 1: carerLanguage must be one of")));
    CHECK(referralRows(t.db()) == before);

    // Values in another spelling are stored in the list's.
    typed.desirableCriteria = {{QStringLiteral("carerLanguage"), QStringLiteral("polish")}};
    ext.insert(QStringLiteral("essentialCriteria"),
               QJsonArray{QJsonObject{{"kind", "maxWeeklyCost"}, {"value", 950}}});
    ext.insert(QStringLiteral("desirableCriteria"),
               QJsonArray{QJsonObject{{"kind", "carerLanguage"}, {"value", "polish"}}});
    json.insert(QStringLiteral("PlacementDeskExtension"), ext);
    auto ids = ReferralExchange(t.db()).importJson(QJsonDocument(json).toJson(), QStringLiteral("good.json"));
    PD_REQUIRE_OK(ids);
    auto stored = ReferralRepository(t.db()).load(ids->first());
    PD_REQUIRE_OK(stored);
    CHECK(stored->desirableCriteria ==
          QList<Criterion>{{QStringLiteral("carerLanguage"), QStringLiteral("Polish")}});
    CHECK(stored->essentialCriteria ==
          QList<Criterion>{{QStringLiteral("maxWeeklyCost"), QStringLiteral("950")}});
}

TEST_CASE("a read-only user cannot import or edit referrals", "[exchange][roles]") {
    TempDatabase t;
    pd::test::addUser(t.db(), QStringLiteral("admin"), Role::Admin);
    pd::test::addUser(t.db(), QStringLiteral("tester"), Role::ReadOnly);
    auto result = ReferralExchange(t.db()).importJson(QJsonDocument(fullReferral().toJson()).toJson(),
                                                      QStringLiteral("x.json"));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == Error::Kind::Forbidden);
    CHECK(result.error().message.contains(QStringLiteral("read only")));
}
