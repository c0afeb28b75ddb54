// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/contractversion.h"
#include "core/domain/disruptionmeeting.h"
#include "core/domain/placementreview.h"

#include <QJsonArray>

namespace pd::core {

/// `reviews`: one object per current placement (keys in docs/cli.md): placement_id, child_id,
/// provider, provision, start, reviews_held, last_review, next_due, overdue, days_overdue (on `on`).
QJsonArray reviewsJson(const QList<ReviewDue>& due, const QDate& on);
/// The same as lines of text for a person, with a heading.
QString reviewsText(const QList<ReviewDue>& due, const QDate& on);

/// `meetings`: one object per pre-disruption meeting: meeting_id, placement_id, child_id, provider,
/// held_on, asked_by, attendees, concerns, actions, outcome.
QJsonArray meetingsJson(const QList<DisruptionMeeting>& meetings);
QString meetingsText(const QList<DisruptionMeeting>& meetings);

/// `contract`: every version of a placement's contract, oldest first: version, effective_from,
/// start, weekly_fee, extras, extras_note, notice_days, provider, provision, change_note, made_at,
/// made_by, outcomes (wording, measure, review_months).
QJsonArray contractJson(const QList<ContractVersion>& versions);
QString contractText(const QList<ContractVersion>& versions);

} // namespace pd::core
