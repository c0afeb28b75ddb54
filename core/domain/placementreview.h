// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/vocabulary.h"

#include <QDate>
#include <QDateTime>

namespace pd::core {

/// How far an outcome of the contract is met at a review.
enum class OutcomeRating { Met, Progressing, NotMet };

template <> struct Vocabulary<OutcomeRating> {
    static constexpr Term<OutcomeRating> terms[] = {
        {OutcomeRating::Met, "met", "Met"},
        {OutcomeRating::Progressing, "progressing", "Progressing (partly met)"},
        {OutcomeRating::NotMet, "not_met", "Not met"},
    };
};

/// One outcome rated at a review, with the reviewer's note.
struct RatedOutcome {
    qint64 outcomeId = 0;
    QString wording; ///< read back with the review
    OutcomeRating rating = OutcomeRating::Progressing;
    QString note;
};

/// A review of a placement: when it was held (and when it was due), each outcome of the current
/// contract rated, the independent reviewing officer's view, and when the next one is due.
struct PlacementReview {
    qint64 id = 0;
    qint64 placementId = 0;
    QDate heldOn;
    QDate dueOn;   ///< set by the service from the timetable
    QDate nextDue; ///< asked for (may only bring the statutory date forward); the stored one when read
    QString iroView;
    QList<RatedOutcome> ratings;
    int contractVersion = 0; ///< the version whose outcomes were rated (0: no contract)
    QDateTime recordedAt;
    QString recordedBy;
};

/// A current placement and its next review: what the reviews list and the overdue list show.
struct ReviewDue {
    qint64 placementId = 0;
    qint64 childId = 0;
    QString childRef;
    QString childName;
    QString providerName;
    QString provisionName;
    QDate start;
    int reviewsHeld = 0;
    QDate lastReview; ///< null before the first
    QDate nextDue;

    /// Overdue on a day: the review was due before it and none has been held since.
    bool overdueOn(const QDate& day) const { return nextDue.isValid() && nextDue < day; }
    int daysOverdueOn(const QDate& day) const { return overdueOn(day) ? int(nextDue.daysTo(day)) : 0; }
};

} // namespace pd::core
