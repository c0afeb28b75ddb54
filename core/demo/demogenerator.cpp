// SPDX-License-Identifier: GPL-3.0-or-later
// Temporary: a tiny fixed data set until the full demo generator lands.
#include "core/demo/demogenerator.h"

#include "core/storage/database.h"
#include "core/storage/transactionguard.h"

namespace pd::core {

Status generateDemo(Database& db, const DemoOptions& options, const std::function<bool(int)>& progress)
{
    Q_UNUSED(options);
    Q_UNUSED(progress);
    TransactionGuard tx(db);
    if (!tx.started())
        return tx.started();
    for (const char* sql : {
             "INSERT INTO providers (name, kind, framework_status, ofsted_rating) VALUES ('Riverside Fostering Service', 'in_house_fostering', 'in_house', 'good')",
             "INSERT INTO provisions (provider_id, name, placement_type, weekly_fee) VALUES (1, 'Household A', 'foster', 420)",
             "INSERT INTO vacancies (provision_id, available_from) VALUES (1, '2026-11-20')",
             "INSERT INTO children (child_ref, first_name, last_name, sex, dob) VALUES ('C0001', 'Amy', 'Example', 'F', '2015-03-02')",
             "INSERT INTO placements (child_id, start_date, rne, place, place_provider, category, weekly_cost) VALUES (1, '2024-01-05', 'S', 'U4', 'PR1', 'in_house_foster', 420)",
             "INSERT INTO referrals (reference, state, received_at, officer) VALUES ('R-2026-0001', 'Searching', '2026-11-01', 'officer')"}) {
        if (auto s = db.exec(QString::fromLatin1(sql), QStringLiteral("writing demo data")); !s)
            return s;
    }
    return tx.commit();
}

} // namespace pd::core
