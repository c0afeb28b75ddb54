// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pd::core {

/// The operating-system account of whoever runs the program, lower case: on Windows the account
/// name from GetUserNameW, elsewhere the name of the effective user id (getpwuid). No environment
/// variable changes it. It maps to a user and role in the database; the account that creates a
/// database becomes its first administrator.
QString operatingSystemLogin();

} // namespace pd::core
