// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDate>
#include <functional>

namespace pd::core {

class Database;

struct DemoOptions {
    int scale = 1;                     ///< 1 = a mid-sized city; N multiplies the volume
    quint32 seed = 1;                  ///< same seed, same database
    QDate today = QDate(2026, 11, 23); ///< the "now" the demo is written around
};

/// Fills an empty database with a fictional city authority: children and five years of
/// placement histories, providers, provisions, vacancies, open referrals, budgets.
/// progress(percent) may return false to cancel (nothing is kept).
Status generateDemo(Database& db, const DemoOptions& options, const std::function<bool(int)>& progress = {});

} // namespace pd::core
