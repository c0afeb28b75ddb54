// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/vocabulary.h"

#include <QDate>
#include <QDateTime>

namespace pd::core {

/// Who asked for a pre-disruption meeting.
enum class MeetingAskedBy { Provider, SocialWorker };

template <> struct Vocabulary<MeetingAskedBy> {
    static constexpr Term<MeetingAskedBy> terms[] = {
        {MeetingAskedBy::Provider, "provider", "The provider (carers or home)"},
        {MeetingAskedBy::SocialWorker, "social_worker", "The social worker"},
    };
};

/// What a pre-disruption meeting decided.
enum class MeetingOutcome { Stabilised, EndingPlanned };

template <> struct Vocabulary<MeetingOutcome> {
    static constexpr Term<MeetingOutcome> terms[] = {
        {MeetingOutcome::Stabilised, "stabilised", "Stabilised: the placement continues"},
        {MeetingOutcome::EndingPlanned, "ending_planned", "Ending planned"},
    };
};

/// A pre-disruption meeting held about a placement that is in difficulty.
struct DisruptionMeeting {
    qint64 id = 0;
    qint64 placementId = 0;
    QDate heldOn;
    MeetingAskedBy askedBy = MeetingAskedBy::Provider;
    QString attendees;
    QString concerns;
    QString actions; ///< agreed actions, each with its owner
    MeetingOutcome outcome = MeetingOutcome::Stabilised;
    QDateTime recordedAt;
    QString recordedBy;
    QString childRef;     ///< read back: the child's SSDA903 CHILD identifier
    QString providerName; ///< read back: the provider of the placement
};

} // namespace pd::core
