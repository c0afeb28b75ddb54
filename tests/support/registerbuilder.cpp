// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/registerbuilder.h"

#include "core/storage/postcodetable.h"
#include "core/storage/recordwriter.h"
#include "core/storage/referralrepository.h"
#include "tests/support/catch.h"
#include "tests/support/tempdatabase.h"

namespace pd::test {

namespace {
int s_children = 0;

qint64 insert(core::Database& db, const QString& table, const QVariantMap& values) {
    auto id = core::RecordWriter(db).insert(table, values);
    PD_REQUIRE_OK(id);
    return id.value();
}
} // namespace

qint64 RegisterBuilder::provider(const QString& name, const QString& kind, const QString& framework,
                                 const QString& email, const QString& ofsted) {
    return insert(db, QStringLiteral("providers"),
                  {{QStringLiteral("name"), name},
                   {QStringLiteral("kind"), kind},
                   {QStringLiteral("framework_status"), framework},
                   {QStringLiteral("referral_email"), email},
                   {QStringLiteral("ofsted_rating"), ofsted}});
}

qint64 RegisterBuilder::provision(qint64 providerId, const QString& name, const QString& type,
                                  const QString& postcode, double fee, const QString& skills, int maxAge) {
    return insert(db, QStringLiteral("provisions"),
                  {{QStringLiteral("provider_id"), providerId},
                   {QStringLiteral("name"), name},
                   {QStringLiteral("placement_type"), type},
                   {QStringLiteral("postcode"), postcode},
                   {QStringLiteral("weekly_fee"), fee},
                   {QStringLiteral("skills"), skills.isNull() ? QStringLiteral("") : skills},
                   {QStringLiteral("max_age"), maxAge},
                   {QStringLiteral("places"), 2}});
}

qint64 RegisterBuilder::vacancy(qint64 provisionId, const QString& from, int places) {
    return insert(db, QStringLiteral("vacancies"),
                  {{QStringLiteral("provision_id"), provisionId},
                   {QStringLiteral("available_from"), from},
                   {QStringLiteral("places"), places}});
}

void RegisterBuilder::postcode(const QString& postcode, double lat, double lon) {
    PD_REQUIRE_OK(core::PostcodeTable(db).put(postcode, {lat, lon}));
}

qint64 RegisterBuilder::referral(core::Referral referral) {
    for (core::ReferralChild& c : referral.children)
        c.childId = insert(db, QStringLiteral("children"),
                           {{QStringLiteral("child_ref"), QStringLiteral("C%1").arg(++s_children)},
                            {QStringLiteral("first_name"), c.firstName},
                            {QStringLiteral("last_name"), c.lastName},
                            {QStringLiteral("sex"), c.sex},
                            {QStringLiteral("dob"), c.dateOfBirth.toString(Qt::ISODate)}});
    auto id = core::ReferralRepository(db).insert(referral);
    PD_REQUIRE_OK(id);
    return id.value();
}

} // namespace pd::test
