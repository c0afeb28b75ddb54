// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/feeuplift.h"
#include "core/result.h"

namespace pd::core {

class Database;

/// Providers' annual fee-uplift requests: recorded with their evidence (Operation::RequestUplift),
/// decided accept / partial / decline by a manager with a reason (Operation::DecideUplift). An accepted
/// or partly accepted uplift makes a new version of each contract it touches from its effective date
/// (through ContractBook, so the committed spend and the invoice check use the new fee from that day);
/// the whole decision is one transaction, audited.
class UpliftBook {
  public:
    explicit UpliftBook(Database& db) : m_db(db) {}

    /// Records a request; returns its id. It needs a provider, an effective date, evidence, and a
    /// percentage (more than 0, at most 100) or a new fee for one named placement.
    Result<qint64> request(const FeeUplift& uplift);
    /// Decides a request still open; returns the contracts it changed (none when declined). A partial
    /// decision needs an agreed percentage or fee below the one asked for.
    Result<QList<UpliftChange>> decide(qint64 upliftId, const UpliftDecision& decision);
    /// Every request (of one provider when providerId > 0).
    Result<QList<FeeUplift>> uplifts(qint64 providerId = 0) const;

  private:
    Database& m_db;
};

} // namespace pd::core
