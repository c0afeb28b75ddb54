// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/database.h"

#include <QStringList>

namespace pd::test {

/// Records the search across everything is tried on: two Okafor referrals (Nia, Sam), one for
/// the Varley siblings (Amy and Ben), twelve children called Jasmine Abbott, four providers (one
/// with URN 1234567, one called "Hill_Top 100% Care") and five "Varley household"s at Riverton
/// Fostering Service (RV7 8RA ... RV7 8RE) with a "Willow House" (RV1 2AB) at Riverside Homes.
struct SearchFixture {
    explicit SearchFixture(core::Database& db);

    qint64 niaReferral = 0;
    qint64 samReferral = 0;
    qint64 varleyReferral = 0;
    QString niaReference;
    qint64 niaChild = 0;
    qint64 riverton = 0;
    qint64 riverside = 0;
    qint64 hillTop = 0;
    QList<qint64> varleyHomes; ///< in postcode order
    qint64 willowHouse = 0;
};

} // namespace pd::test
