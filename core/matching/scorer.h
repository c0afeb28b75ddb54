// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/matching/hardrules.h"

#include <array>

namespace pd::core {

/// One explanation line of a score: the criterion, its weight, how well it is met and why.
struct ScoreLine {
    SoftCriterion criterion = SoftCriterion::DistanceHome;
    double weight = 0;
    double score = 0; ///< 0..1; -1 when the criterion does not apply (left out of the total)
    QString explanation;
};

/// The weighted soft criteria. Each part is 0..1 (or -1: does not apply); the score is their
/// weighted mean on 0–100.
class Scorer {
  public:
    using Parts = std::array<float, kSoftCriterionCount>;
    /// A pre-disruption meeting weighs half an ending counted as a disruption in the quality score:
    /// quality = Ofsted score x (1 - (disruptions + 0.5 x meetings) / placements with us), at least 0.
    static constexpr double kMeetingWeight = 0.5;
    static Parts parts(const MatchReferral& r, const RegisterVacancy& v, const VacancyFacts& f,
                       double cheapest, const MatchSettings& settings);
    static int total(const Parts& parts, const MatchSettings& settings);
    static QString explain(SoftCriterion c, const MatchReferral& r, const RegisterVacancy& v,
                           const VacancyFacts& f, double cheapest, const MatchSettings& settings);
};

} // namespace pd::core
