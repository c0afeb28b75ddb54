// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/contractversion.h"
#include "core/result.h"

#include <optional>

namespace pd::core {

class Database;

/// The Individual Placement Contracts (placement_contracts, contract_outcomes): versions are only
/// added, never changed; every row written through RecordWriter (audited).
class ContractRepository {
  public:
    explicit ContractRepository(Database& db) : m_db(db) {}

    /// Stores the version with its outcomes, made now by the connection's user; returns its id.
    Result<qint64> insert(const ContractVersion& contract);
    /// Every version of the placement's contract, oldest first, each with its outcomes.
    Result<QList<ContractVersion>> versions(qint64 placementId) const;
    /// The latest version, if the placement has a contract.
    Result<std::optional<ContractVersion>> current(qint64 placementId) const;

  private:
    Result<QList<ContractVersion>> select(qint64 placementId, bool latestOnly) const;
    Database& m_db;
};

} // namespace pd::core
