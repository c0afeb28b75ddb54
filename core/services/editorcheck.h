// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

namespace pd::core {

class Database;

/// Refuses a change by a read-only or inactive user: "<login> is read-only and cannot change <what>; …".
Status requireEditor(Database& db, const QString& what);

} // namespace pd::core
