// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/matching/matchresult.h"

#include <QByteArray>
#include <QJsonObject>

namespace pd::core {

/// The `match --json` shape (keys documented in docs/cli.md, kept stable): the best `limit`
/// candidates (all when limit < 0) with their explanations, the referral's limits once, and every
/// exclusion (or the first `limit`) as its vacancy's ids, its rule codes and the figures that decide
/// them — not the sentences, which docs/cli.md builds from the same figures. Written straight into
/// bytes, one exclusion a line: 100,000 exclusions make no tree of JSON objects in memory.
QByteArray matchResultJson(const MatchResult& result, int limit = -1);
QJsonObject wholeCostToJson(const WholeCost& cost);

} // namespace pd::core
