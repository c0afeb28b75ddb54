// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/contractversion.h"
#include "core/domain/disruptionmeeting.h"
#include "core/domain/lookedafterchild.h"
#include "core/domain/placementrecord.h"
#include "core/domain/placementreview.h"
#include "core/domain/referral.h"
#include "core/domain/referrallistrow.h"

namespace pd::core {

/// One placement of the child with its life: the contract's versions, the reviews, the
/// pre-disruption meetings and, while it is current, when the next review is due.
struct ChildPlacementLife {
    PlacementRecord placement;
    QList<ContractVersion> contracts; ///< oldest first (empty: not made through permission to place)
    QList<PlacementReview> reviews;   ///< oldest first
    QList<DisruptionMeeting> meetings;
    QDate nextReviewDue; ///< null once the placement has ended
};

/// What the child's page shows: who the child is, every placement (oldest first) with its life, the
/// referrals that name the child (newest first), and the contacts the latest referral records.
struct ChildRecord {
    LookedAfterChild child;
    QString homePostcode;
    QList<ChildPlacementLife> placements;
    QList<ReferralListRow> referrals;
    QString socialWorker; ///< from the latest referral
    QString officer;      ///< the placement officer of the latest referral
    QList<ContactArrangement> contacts;

    /// The placement that has not ended (the latest one, when an old file has two), or nullptr.
    const ChildPlacementLife* current() const {
        for (auto it = placements.crbegin(); it != placements.crend(); ++it)
            if (it->placement.isCurrent())
                return &*it;
        return nullptr;
    }
    /// "Amelia Varley", or the reference when the file holds no name.
    QString name() const {
        const QString n = QStringLiteral("%1 %2").arg(child.firstName, child.lastName).trimmed();
        return n.isEmpty() ? child.childRef : n;
    }
};

} // namespace pd::core
