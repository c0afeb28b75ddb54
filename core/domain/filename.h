// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pd::core {

/// A file name made from a title for people: lower case words joined by hyphens, without what is
/// in brackets or punctuation. "Referrals, April 2025 to March 2026 (113 record(s))" and "csv" give
/// "referrals-april-2025-to-march-2026.csv"; an empty title gives "export".
QString fileNameFor(const QString& title, const QString& extension);

} // namespace pd::core
