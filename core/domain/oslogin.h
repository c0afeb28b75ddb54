// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pd::core {

/// The operating-system login of whoever runs the program (PD_USER overrides it, for tests
/// and for shared service accounts); it maps to a user and role in the database.
QString operatingSystemLogin();

} // namespace pd::core
