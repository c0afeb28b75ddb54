// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/registervacancy.h"
#include "core/matching/matchreferral.h"
#include "core/matching/matchsettings.h"
#include "core/matching/wholecost.h"

namespace pd::core {

/// What a vacancy's checks need beyond the vacancy itself.
struct VacancyFacts {
    const HouseholdMember* household = nullptr;
    int householdCount = 0;
    double milesHome = -1; ///< -1 when either postcode is unknown
    WholeCost cost;
    const BlockPlaces* block = nullptr; ///< the provider's block places (none: no block contract)
};

/// The hard rules of matching, shared by the match and by offer checks (the SAME rules).
class HardRules {
  public:
    /// Bit (1 << HardRule) set for every switched-on rule the vacancy breaks.
    static quint32 breaches(const MatchReferral& r, const RegisterVacancy& v, const VacancyFacts& f,
                            const MatchSettings& settings);
    /// Why the vacancy breaks one rule, in a sentence.
    static QString reason(HardRule rule, const MatchReferral& r, const RegisterVacancy& v,
                          const VacancyFacts& f);
    /// Every reason, in rule order.
    static QStringList reasons(quint32 breaches, const MatchReferral& r, const RegisterVacancy& v,
                               const VacancyFacts& f);
};

} // namespace pd::core
