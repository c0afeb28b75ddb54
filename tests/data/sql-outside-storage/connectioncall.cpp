// SPDX-License-Identifier: GPL-3.0-or-later
// Must NOT compile: code outside core/storage (built here as part of services) reaching for one of
// the database's connections to run SQL itself. CTest passes when the compiler refuses it.
#include "core/storage/database.h"

namespace pd::core {

bool runsSqlOutsideStorage(Database& db) {
    return db.readConnection().ok();
}

} // namespace pd::core
