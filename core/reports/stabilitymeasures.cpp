// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/stabilitymeasures.h"

namespace pd::core {

namespace {

bool isShortBreak(const QString& legalStatus) {
    return legalStatus == u"V3" || legalStatus == u"V4";
}

// Same URN and placement postcode: the setting a child returns to after a temporary placement.
bool sameSetting(const Episode& a, const Episode& b) {
    if (a.urn.isEmpty() && a.placementPostcode.isEmpty())
        return false; // nothing to recognise the setting by: never assume a return
    return a.urn == b.urn && a.placementPostcode == b.placementPostcode;
}

// The last non-temporary episode before index i, or null.
const Episode* heldBefore(const QList<Episode>& episodes, qsizetype i) {
    for (qsizetype j = i - 1; j >= 0; --j)
        if (!episodes.at(j).isTemporary())
            return &episodes.at(j);
    return nullptr;
}

int indexCovering(const ChildHistory& child, const QDate& day) {
    for (qsizetype i = child.episodes.size() - 1; i >= 0; --i)
        if (child.episodes.at(i).covers(day))
            return int(i);
    return -1;
}

} // namespace

void ChildRatio::count(qint64 childId, bool inNumerator) {
    ++denominator;
    denominatorChildren << childId;
    if (inNumerator) {
        ++numerator;
        numeratorChildren << childId;
    }
}

int PlacementMix::total() const {
    int n = 0;
    for (int c : counts)
        n += c;
    return n;
}

QList<PlacementSpan> placementsOf(const ChildHistory& child) {
    QList<PlacementSpan> out;
    const QList<Episode>& eps = child.episodes;
    for (qsizetype i = 0; i < eps.size(); ++i) {
        const Episode& e = eps.at(i);
        if (e.isTemporary())
            continue;
        bool continues = !out.isEmpty() && e.rne == u"L";
        if (!out.isEmpty() && i > 0 && eps.at(i - 1).isTemporary()) {
            const Episode* held = heldBefore(eps, i - 1);
            continues = continues || (held && sameSetting(*held, e));
        }
        if (continues)
            out.last().end = e.end;
        else
            out.append({e.start, e.end});
    }
    return out;
}

int placementsOverlapping(const ChildHistory& child, const FinancialYear& year) {
    return placementsOverlapping(placementsOf(child), year);
}

QList<QList<PlacementSpan>> placementsOfAll(const PlacementHistory& history) {
    QList<QList<PlacementSpan>> out;
    out.reserve(history.children.size());
    for (const ChildHistory& child : history.children)
        out.append(placementsOf(child));
    return out;
}

int placementsOverlapping(const QList<PlacementSpan>& placements, const FinancialYear& year) {
    int n = 0;
    for (const PlacementSpan& p : placements)
        if (p.start <= year.end && (p.end.isNull() || p.end >= year.start))
            ++n;
    return n;
}

QDate continuousCareSince(const ChildHistory& child, const QDate& day) {
    int i = indexCovering(child, day);
    if (i < 0)
        return {};
    while (i > 0 && child.episodes.at(i - 1).end == child.episodes.at(i).start)
        --i;
    return child.episodes.at(i).start;
}

QDate sameCarerSince(const ChildHistory& child, const QDate& day) {
    int i = indexCovering(child, day);
    if (i < 0)
        return {};
    const QList<Episode>& eps = child.episodes;
    while (i > 0 && eps.at(i - 1).end == eps.at(i).start) {
        const Episode& prev = eps.at(i - 1);
        const Episode& cur = eps.at(i);
        bool keepsCarer = cur.rne == u"L" || cur.rne == u"T" || cur.rne == u"U" || cur.isTemporary();
        if (!keepsCarer && prev.isTemporary()) {
            const Episode* held = heldBefore(eps, i - 1);
            keepsCarer = held && sameSetting(*held, cur);
        }
        if (!keepsCarer)
            break;
        --i;
    }
    return eps.at(i).start;
}

StabilityMeasures measureStability(const PlacementHistory& history, const QDate& yearEnd,
                                   const QList<QList<PlacementSpan>>* spans) {
    StabilityMeasures m;
    m.yearEnd = yearEnd;
    const FinancialYear year = FinancialYear::ending(yearEnd);
    const QDate careThreshold = yearEnd.addMonths(-30); // 2.5 years
    const QDate carerThreshold = yearEnd.addYears(-2);
    for (qsizetype index = 0; index < history.children.size(); ++index) {
        const ChildHistory& child = history.children.at(index);
        const Episode* at = child.coveringEpisode(yearEnd);
        if (!at)
            continue;
        ++m.lookedAfter;
        if (isShortBreak(at->legalStatus)) {
            m.shortBreakChildren << child.childId;
            continue;
        }
        const int placements =
            spans ? placementsOverlapping(spans->at(index), year) : placementsOverlapping(child, year);
        m.threeOrMorePlacements.count(child.childId, placements >= 3);

        const int age = child.ageOn(yearEnd);
        if (age >= 0 && age < 16 && continuousCareSince(child, yearEnd) <= careThreshold)
            m.longTermStability.count(child.childId, sameCarerSince(child, yearEnd) <= carerThreshold);

        if (at->home && at->placed) {
            m.distanceOver20Miles.count(child.childId, milesBetween(*at->home, *at->placed) > kLocalMiles);
        } else {
            ++m.distanceOver20Miles.unknown;
            m.distanceOver20Miles.unknownChildren << child.childId;
        }

        const auto c = std::size_t(at->category);
        ++m.mix.counts[c];
        m.mix.children[c] << child.childId;
    }
    return m;
}

} // namespace pd::core
