// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/referral.h"
#include "core/domain/referrallistrow.h"
#include "core/domain/referraltransition.h"
#include "core/result.h"

namespace pd::core {

class Database;

/// One field that differs between two versions of a referral record.
struct FieldChange {
    QString field; ///< path in the exchange shape, e.g. "Risks.riskMissing"
    QString mine;
    QString theirs;
};

/// Creating and editing referrals as the connection's user: refuses what the role may not do,
/// and explains conflicts with a colleague's save field by field.
class ReferralService {
  public:
    explicit ReferralService(Database& db) : m_db(db) {}

    /// Every referral as the list shows it.
    Result<QList<ReferralListRow>> list() const;
    Result<Referral> load(qint64 id) const;
    Result<qint64> idForReference(const QString& reference) const;
    /// The referral's steps, oldest first (the timeline).
    Result<QList<ReferralTransition>> history(qint64 id) const;

    /// Adds a referral in Draft (the officer defaults to this user) and records its first step.
    Result<qint64> create(Referral referral);
    /// Saves the record if nobody changed it since referral.rowVersion was read; a Conflict
    /// error otherwise, and nothing is written.
    Status save(const Referral& referral);
    /// Fields whose values differ (every field of toJson() plus the indexed columns).
    static QList<FieldChange> differences(const Referral& mine, const Referral& theirs);

  private:
    Database& m_db;
};

} // namespace pd::core
