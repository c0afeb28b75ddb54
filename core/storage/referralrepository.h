// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/referral.h"
#include "core/domain/referrallistrow.h"
#include "core/result.h"

#include <QVariantMap>

namespace pd::core {

class Database;

/// Loads and saves referral records (the indexed columns plus record_json), with optimistic
/// concurrency and audit through RecordWriter. Workflow state changes go through ReferralWorkflow.
class ReferralRepository {
  public:
    explicit ReferralRepository(Database& db) : m_db(db) {}

    Result<Referral> load(qint64 id) const;
    Result<qint64> idForReference(const QString& reference) const;
    /// Inserts a new referral (a reference is made when empty); returns its id.
    Result<qint64> insert(Referral referral);
    /// Saves the record fields (not the state) if nobody changed it since referral.rowVersion.
    Status save(const Referral& referral);
    /// Links the referral's child at `position` to the looked-after child record `childId`.
    Status linkChild(qint64 referralId, qint64 childId, int position);
    /// Every referral for the list, newest first.
    Result<QList<ReferralListRow>> list() const;
    /// The referrals that name the child (referral_children), newest first.
    Result<QList<ReferralListRow>> ofChild(qint64 childId) const;
    /// The next free reference for a year: R-YYYY-NNNN.
    Result<QString> nextReference(int year) const;

  private:
    Result<QList<ReferralListRow>> listWhere(const QString& where, const QVariantMap& binds) const;
    Database& m_db;
};

} // namespace pd::core
