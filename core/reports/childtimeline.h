// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/childrecord.h"

#include <QJsonObject>

namespace pd::core {

/// What happened in a child's time in care, as the child's page lists it.
enum class ChildEventKind { Referral, Placed, Contract, Review, Meeting, Ended };

/// One line of the child's timeline, in words (providers and homes by name, codes spelled out).
struct ChildEvent {
    QDate day;
    ChildEventKind kind = ChildEventKind::Referral;
    QString what;   ///< "Placed with Riverton Fostering Service — Varley household"
    QString detail; ///< "IFA · £812.00 a week · budget: Independent fostering"
    qint64 placementId = 0;
    qint64 referralId = 0;
};

/// "Referral", "Placement", "Contract", "Review", "Meeting", "Ending".
QString childEventKindLabel(ChildEventKind kind);

/// Every event of the record, newest first (on one day: an ending before the next placement's start
/// reads in that order from the bottom up).
QList<ChildEvent> childTimeline(const ChildRecord& record);

/// Where the placement was, by name: "Riverton Fostering Service — Varley household", or for a
/// placement from an SSDA903 return without a provision, the PLACE code in words and who provided it.
QString placementWhere(const PlacementRecord& placement);
/// Why the placement ended, in words ("Planned move", or the REC in words); "" while current.
QString placementEndWords(const PlacementRecord& placement);

/// `child --json`: the child, the current placement, the referrals and the timeline (keys in docs/cli.md).
QJsonObject childJson(const ChildRecord& record, const QDate& today);
/// The same as text for a person.
QString childText(const ChildRecord& record, const QDate& today);

} // namespace pd::core
