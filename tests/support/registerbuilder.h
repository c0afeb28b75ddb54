// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/referral.h"
#include "core/storage/database.h"

namespace pd::test {

/// Writes providers, provisions, vacancies, postcodes and referrals through RecordWriter for tests.
struct RegisterBuilder {
    core::Database& db;

    qint64 provider(const QString& name, const QString& kind, const QString& framework, const QString& email,
                    const QString& ofsted = QStringLiteral("good"));
    qint64 provision(qint64 providerId, const QString& name, const QString& type, const QString& postcode,
                     double fee, const QString& skills = {}, int maxAge = 17);
    qint64 vacancy(qint64 provisionId, const QString& from, int places = 1);
    void postcode(const QString& postcode, double lat, double lon);
    /// Inserts the children (linking childId) and the referral; returns the referral id.
    qint64 referral(core::Referral referral);
};

} // namespace pd::test
