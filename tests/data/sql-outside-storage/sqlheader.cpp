// SPDX-License-Identifier: GPL-3.0-or-later
// Must NOT compile: code outside core/storage including storage's SQL helper to run a statement.
// CTest passes when the compiler refuses it.
#include "core/storage/database.h"
#include "core/storage/sql.h"

namespace pd::core {

Status runsSqlOutsideStorage(Database& db) {
    return Sql(db).run(QStringLiteral("DELETE FROM referrals"), {}, QStringLiteral("misbehaving"));
}

} // namespace pd::core
