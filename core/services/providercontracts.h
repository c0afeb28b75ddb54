// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/providercontract.h"
#include "core/result.h"

namespace pd::core {

class Database;

/// Providers' contracts: the select list and frameworks (tier, price band, term, review), spot
/// purchases and block contracts, saved by a manager or budget holder (Operation::EditProviderContract,
/// audited), and a block contract's utilisation and void cost.
class ProviderContracts {
  public:
    explicit ProviderContracts(Database& db) : m_db(db) {}

    /// Adds (id 0) or saves the contract; refused, with the field named, when it does not hold
    /// together (a block without places or price, an end before the start, a band upside down).
    Status save(ProviderContract& contract);
    Result<QList<ProviderContract>> contracts(qint64 providerId = 0) const;
    /// A block contract's weeks from its start to asOf: places reserved and used, void cost.
    Result<BlockUtilisation> utilisation(qint64 contractId, const QDate& asOf) const;

  private:
    Database& m_db;
};

} // namespace pd::core
