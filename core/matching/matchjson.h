// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/matching/matchresult.h"

#include <QJsonObject>

namespace pd::core {

/// The `match --json` shape (keys documented in docs/cli.md, kept stable).
QJsonObject matchResultToJson(const MatchResult& result);
QJsonObject wholeCostToJson(const WholeCost& cost);

} // namespace pd::core
