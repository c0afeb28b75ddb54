// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/referralbuilder.h"

#include "core/storage/recordwriter.h"
#include "tests/support/catch.h"
#include "tests/support/tempdatabase.h"

namespace pd::test {

core::Referral completeReferral() {
    core::Referral r;
    core::ReferralChild c;
    c.firstName = QStringLiteral("Amy");
    c.lastName = QStringLiteral("Example");
    c.dateOfBirth = QDate(2014, 5, 2);
    c.sex = QStringLiteral("F");
    c.ethnicity = QStringLiteral("WBRI");
    c.legalStatus = QStringLiteral("C2");
    c.needs = {QStringLiteral("ebd")};
    r.children << c;
    r.neededBy = QStringLiteral("in less than 5 days");
    r.neededByDate = QDate::currentDate().addDays(3);
    r.socialWorker = QStringLiteral("J. Okafor");
    r.officer = QStringLiteral("tester");
    r.homePostcode = QStringLiteral("RV1 2AB");
    r.communicationNeeds = QStringLiteral("N");
    r.fosterCareSuitability = QStringLiteral("Preferred");
    r.essentialCriteria = {{QStringLiteral("placementType"), QStringLiteral("foster")}};
    r.expectedOutcomes = {QStringLiteral("Attends Riverside Primary every school day")};
    r.schoolName = QStringLiteral("Riverside Primary");
    r.schoolPostcode = QStringLiteral("RV2 4CD");
    r.keepSchoolPlace = true;
    r.contact = {{QStringLiteral("Mother"), 2, QStringLiteral("RV1 2AB")}};
    return r;
}

qint64 addUser(core::Database& db, const QString& login, core::Role role) {
    auto id =
        core::RecordWriter(db).insert(QStringLiteral("users"), {{QStringLiteral("login"), login},
                                                                {QStringLiteral("role"), core::code(role)}});
    PD_REQUIRE_OK(id);
    return id.value();
}

void addOffers(core::Database& db, qint64 referralId, int count, bool meetsEssential) {
    core::RecordWriter w(db);
    auto provider = w.insert(QStringLiteral("providers"),
                             {{QStringLiteral("name"), QStringLiteral("Brightwater Fostering")},
                              {QStringLiteral("kind"), QStringLiteral("ifa")}});
    PD_REQUIRE_OK(provider);
    auto provision = w.insert(QStringLiteral("provisions"),
                              {{QStringLiteral("provider_id"), provider.value()},
                               {QStringLiteral("name"), QStringLiteral("The Hills household")},
                               {QStringLiteral("placement_type"), QStringLiteral("foster")}});
    PD_REQUIRE_OK(provision);
    for (int i = 0; i < count; ++i) {
        auto offer = w.insert(QStringLiteral("offers"),
                              {{QStringLiteral("referral_id"), referralId},
                               {QStringLiteral("provision_id"), provision.value()},
                               {QStringLiteral("first_quoted_fee"), 900 + i},
                               {QStringLiteral("weekly_fee"), 880 + i},
                               {QStringLiteral("meets_essential"), meetsEssential ? 1 : 0},
                               {QStringLiteral("received_at"), QStringLiteral("2026-11-20T10:00:00")}});
        PD_REQUIRE_OK(offer);
    }
}

} // namespace pd::test
