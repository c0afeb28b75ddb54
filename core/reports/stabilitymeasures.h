// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/placementhistory.h"

#include <array>

namespace pd::core {

/// A share of children, with the children behind each side (child ids) for drill-down.
struct ChildRatio {
    int numerator = 0;
    int denominator = 0;
    QList<qint64> numeratorChildren;
    QList<qint64> denominatorChildren;
    /// 0 when there is nobody to measure.
    double percent() const { return denominator == 0 ? 0.0 : 100.0 * numerator / denominator; }
    void count(qint64 childId, bool inNumerator);
};

/// Measure 3: the share is of children whose both postcodes are known; the rest are counted apart.
struct DistanceMeasure : ChildRatio {
    int unknown = 0;
    QList<qint64> unknownChildren;
};

/// Measure 4: children at 31 March by category.
struct PlacementMix {
    std::array<int, kPlacementCategories.size()> counts{};
    std::array<QList<qint64>, kPlacementCategories.size()> children;
    int total() const;
};

/// Measures 1-4 of DESIGN.md for one year ending 31 March.
struct StabilityMeasures {
    QDate yearEnd;
    ChildRatio threeOrMorePlacements;    ///< measure 1
    ChildRatio longTermStability;        ///< measure 2
    DistanceMeasure distanceOver20Miles; ///< measure 3
    PlacementMix mix;                    ///< measure 4
    int lookedAfter = 0;                 ///< looked after at 31 March, V3/V4 included
    QList<qint64> shortBreakChildren;    ///< left out: record covering 31 March is V3 or V4
};

/// A placement as measure 1 counts it: its first and last day (end null while open).
struct PlacementSpan {
    QDate start;
    QDate end;
};

/// The placements in a child's history (L continues one; T0-T4 are not counted; a return from a
/// temporary placement to the one held before it is not new; the first record starts one).
QList<PlacementSpan> placementsOf(const ChildHistory& child);
/// Placements that overlap the year (began by 31 March, not ended before 1 April).
int placementsOverlapping(const ChildHistory& child, const FinancialYear& year);
int placementsOverlapping(const QList<PlacementSpan>& placements, const FinancialYear& year);
/// The first day of the continuous care that includes `day` ("each record starts the day the
/// previous one ended"); null when the child is not looked after that day.
QDate continuousCareSince(const ChildHistory& child, const QDate& day);
/// The first day with the carer the child has on `day` (T, U and L changes keep the carer).
QDate sameCarerSince(const ChildHistory& child, const QDate& day);

/// Each child's placements (placementsOf), worked out once for measuring several years.
QList<QList<PlacementSpan>> placementsOfAll(const PlacementHistory& history);

/// spans, when given, are placementsOfAll(history) (saves recomputing them for every year).
StabilityMeasures measureStability(const PlacementHistory& history, const QDate& yearEnd,
                                   const QList<QList<PlacementSpan>>* spans = nullptr);

} // namespace pd::core
