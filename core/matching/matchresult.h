// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/matching/scorer.h"

#include <memory>
#include <vector>

namespace pd::core {

/// The outcome of matching one referral: ranked candidates and exclusions with every reason.
/// Explanations are written on demand, so a match over 100,000 vacancies stays fast.
class MatchResult {
  public:
    struct Candidate {
        int index = 0; ///< into snapshot->vacancies
        int score = 0; ///< 0..100
        WholeCost cost;
        double milesHome = -1;
        Scorer::Parts parts{};
    };
    struct Exclusion {
        int index = 0;
        quint32 breaches = 0; ///< bit per HardRule
        WholeCost cost;
        double milesHome = -1;
    };

    MatchReferral referral;
    MatchSettings settings;
    std::shared_ptr<const RegisterSnapshot> snapshot;
    double cheapest = 0;               ///< cheapest whole cost among the candidates
    std::vector<Candidate> candidates; ///< score desc, whole cost asc, vacancy id asc
    std::vector<Exclusion> exclusions; ///< vacancy id asc

    const RegisterVacancy& vacancy(int index) const { return snapshot->vacancies[size_t(index)]; }
    QList<ScoreLine> explain(const Candidate& candidate) const;
    /// How the candidate meets the referral's essential limits that are measured (distance from
    /// home, the budget ceiling), one sentence each; empty when the referral sets none.
    QStringList essentials(const Candidate& candidate) const;
    QStringList reasons(const Exclusion& exclusion) const;
    QList<HardRule> rules(const Exclusion& exclusion) const;

  private:
    VacancyFacts factsOf(int index, const WholeCost& cost, double milesHome) const;
};

} // namespace pd::core
