// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/referral.h"
#include "core/domain/referraltransition.h"
#include "core/result.h"

#include <QDateTime>

namespace pd::core {

class Database;

/// The storage side of ReferralWorkflow: the state columns, the history table and the facts
/// the guards read (offers, settings). Call inside the workflow's transaction.
class ReferralTransitionStore {
  public:
    explicit ReferralTransitionStore(Database& db) : m_db(db) {}

    /// Moves the referral to a state if its row version is still expectedVersion (audited).
    Status setState(qint64 referralId, qint64 expectedVersion, ReferralState state,
                    const QVariant& heldFromState);
    Status record(const ReferralTransition& transition);
    /// Oldest first.
    Result<QList<ReferralTransition>> history(qint64 referralId) const;
    /// Offers for the referral marked as meeting every essential criterion.
    Result<int> offersMeetingEssential(qint64 referralId) const;
    /// Whether row `id` of a decision's table (offers, options_papers, placement_choices,
    /// placements) is stored for the referral.
    Result<bool> ofReferral(const QString& table, qint64 id, qint64 referralId) const;
    /// How many placements link to the referral.
    Result<int> placementsOf(qint64 referralId) const;
    /// A team setting as a number, or fallback when unset or not a number.
    Result<double> numberSetting(const QString& key, double fallback) const;

  private:
    Database& m_db;
};

} // namespace pd::core
