// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/feeuplift.h"
#include "core/result.h"

namespace pd::core {

class Database;

/// Providers' fee-uplift requests and their decisions (fee_uplifts), written through RecordWriter.
class UpliftRepository {
  public:
    explicit UpliftRepository(Database& db) : m_db(db) {}

    /// Stores a request, recorded now by the connection's user; returns its id.
    Result<qint64> insert(const FeeUplift& uplift);
    Result<FeeUplift> load(qint64 id) const;
    /// Every request (of one provider when providerId > 0), oldest effective date first.
    Result<QList<FeeUplift>> all(qint64 providerId = 0) const;
    /// Records the decision (optimistic: refused when someone changed it since it was read).
    Status decide(const FeeUplift& uplift, const UpliftDecision& decision);
    /// The placements with the provider, with a contract, current on the day.
    Result<QList<qint64>> contractedPlacements(qint64 providerId, const QDate& day) const;

  private:
    Result<QList<FeeUplift>> select(const QString& where, const QVariantMap& binds) const;
    Database& m_db;
};

} // namespace pd::core
