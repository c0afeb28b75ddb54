// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/matching/matchresult.h"

#include <memory>

namespace pd::core {

/// Matches a referral against a register snapshot: pure, deterministic, no I/O.
class MatchEngine {
  public:
    static MatchResult run(const MatchReferral& referral, std::shared_ptr<const RegisterSnapshot> snapshot,
                           const MatchSettings& settings);
    /// The facts one vacancy's checks need (distance, whole cost, household).
    static VacancyFacts facts(const MatchReferral& referral, const RegisterSnapshot& snapshot,
                              const RegisterVacancy& v, const MatchSettings& settings);
};

} // namespace pd::core
