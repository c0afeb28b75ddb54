// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/searchfixture.h"

#include "core/storage/recordwriter.h"
#include "core/storage/referralrepository.h"
#include "tests/support/catch.h"
#include "tests/support/referralbuilder.h"
#include "tests/support/registerbuilder.h"
#include "tests/support/tempdatabase.h"

namespace pd::test {

namespace {

qint64 insert(core::Database& db, const QString& table, const QVariantMap& values) {
    auto id = core::RecordWriter(db).insert(table, values);
    PD_REQUIRE_OK(id);
    return id.value();
}

qint64 provider(core::Database& db, const QString& name, const QVariant& urn) {
    return insert(db, QStringLiteral("providers"),
                  {{QStringLiteral("name"), name},
                   {QStringLiteral("kind"), QStringLiteral("ifa")},
                   {QStringLiteral("framework_status"), QStringLiteral("select_list")},
                   {QStringLiteral("ofsted_urn"), urn}});
}

core::Referral referralFor(const QList<QPair<QString, QString>>& names) {
    core::Referral r = completeReferral();
    const core::ReferralChild first = r.children.first();
    r.children.clear();
    for (const auto& [firstName, lastName] : names) {
        core::ReferralChild c = first;
        c.firstName = firstName;
        c.lastName = lastName;
        r.children << c;
    }
    return r;
}

} // namespace

SearchFixture::SearchFixture(core::Database& db) {
    RegisterBuilder b{db};
    niaReferral = b.referral(referralFor({{QStringLiteral("Nia"), QStringLiteral("Okafor")}}));
    samReferral = b.referral(referralFor({{QStringLiteral("Sam"), QStringLiteral("Okafor")}}));
    varleyReferral = b.referral(referralFor({{QStringLiteral("Amy"), QStringLiteral("Varley")},
                                             {QStringLiteral("Ben"), QStringLiteral("Varley")}}));
    auto nia = core::ReferralRepository(db).load(niaReferral);
    PD_REQUIRE_OK(nia);
    niaReference = nia->reference;
    niaChild = nia->children.first().childId;
    for (int i = 1; i <= 12; ++i)
        insert(db, QStringLiteral("children"),
               {{QStringLiteral("child_ref"), QStringLiteral("JA%1").arg(i, 2, 10, QLatin1Char('0'))},
                {QStringLiteral("first_name"), QStringLiteral("Jasmine")},
                {QStringLiteral("last_name"), QStringLiteral("Abbott")},
                {QStringLiteral("dob"), QStringLiteral("2012-03-%1").arg(i, 2, 10, QLatin1Char('0'))}});
    riverton = provider(db, QStringLiteral("Riverton Fostering Service"), QStringLiteral("1234567"));
    riverside = provider(db, QStringLiteral("Riverside Homes"), QStringLiteral("7654321"));
    hillTop = provider(db, QStringLiteral("Hill_Top 100% Care"), QVariant());
    provider(db, QStringLiteral("Northgate Care"), QVariant());
    for (const char c : {'A', 'B', 'C', 'D', 'E'})
        varleyHomes << b.provision(riverton, QStringLiteral("Varley household"), QStringLiteral("foster"),
                                   QStringLiteral("RV7 8R") + QLatin1Char(c), 800);
    willowHouse = b.provision(riverside, QStringLiteral("Willow House"), QStringLiteral("residential"),
                              QStringLiteral("RV1 2AB"), 3500);
}

} // namespace pd::test
