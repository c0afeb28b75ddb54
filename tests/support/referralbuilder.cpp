// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/referralbuilder.h"

#include "core/storage/recordwriter.h"
#include "core/workflow/referralworkflow.h"
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

core::DecisionWork addDecisionWork(core::Database& db, qint64 referralId) {
    core::RecordWriter w(db);
    auto insert = [&w](const char* table, const QVariantMap& values) {
        auto id = w.insert(QString::fromLatin1(table), values);
        PD_REQUIRE_OK(id);
        return id.value();
    };
    const qint64 provider =
        insert("providers", {{QStringLiteral("name"), QStringLiteral("Oakwood Fostering")},
                             {QStringLiteral("kind"), QStringLiteral("ifa")}});
    const qint64 provision =
        insert("provisions", {{QStringLiteral("provider_id"), provider},
                              {QStringLiteral("name"), QStringLiteral("The Oak household")},
                              {QStringLiteral("placement_type"), QStringLiteral("foster")}});
    core::DecisionWork work;
    work.offerId = insert("offers", {{QStringLiteral("referral_id"), referralId},
                                     {QStringLiteral("provision_id"), provision},
                                     {QStringLiteral("first_quoted_fee"), 950},
                                     {QStringLiteral("weekly_fee"), 950},
                                     {QStringLiteral("meets_essential"), 0}, // counts toward no choice
                                     {QStringLiteral("received_at"), QStringLiteral("2026-11-20T10:00:00")}});
    work.optionsPaperId =
        insert("options_papers", {{QStringLiteral("referral_id"), referralId},
                                  {QStringLiteral("prepared_at"), QStringLiteral("2026-11-21")},
                                  {QStringLiteral("prepared_by"), QStringLiteral("tester")},
                                  {QStringLiteral("offer_ids"), QString::number(work.offerId)}});
    work.choiceId =
        insert("placement_choices", {{QStringLiteral("referral_id"), referralId},
                                     {QStringLiteral("offer_id"), work.offerId},
                                     {QStringLiteral("chosen_at"), QStringLiteral("2026-11-22")},
                                     {QStringLiteral("chosen_by"), QStringLiteral("sw")},
                                     {QStringLiteral("child_view"), QStringLiteral("Likes the dog")},
                                     {QStringLiteral("family_view"), QStringLiteral("Agrees")}});
    const qint64 child =
        insert("children", {{QStringLiteral("child_ref"), QStringLiteral("W%1").arg(referralId)}});
    work.placementId = insert("placements", {{QStringLiteral("child_id"), child},
                                             {QStringLiteral("start_date"), QStringLiteral("2026-11-23")},
                                             {QStringLiteral("rne"), QStringLiteral("P")},
                                             {QStringLiteral("place"), QStringLiteral("U4")},
                                             {QStringLiteral("referral_id"), referralId}});
    return work;
}

} // namespace pd::test
