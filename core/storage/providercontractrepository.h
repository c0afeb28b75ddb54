// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/providercontract.h"
#include "core/result.h"

namespace pd::core {

class Database;

/// Providers' contracts (provider_contracts), written through RecordWriter (audited), and the stays at
/// a provider its block contracts are measured against.
class ProviderContractRepository {
  public:
    explicit ProviderContractRepository(Database& db) : m_db(db) {}

    /// Adds the contract (id 0) or saves it (optimistic); sets id and row version.
    Status save(ProviderContract& contract);
    Result<ProviderContract> load(qint64 id) const;
    /// Every contract (of one provider when providerId > 0), by provider then start.
    Result<QList<ProviderContract>> all(qint64 providerId = 0) const;
    /// Every placement at the provider's provisions: first day and the day it ended.
    Result<QList<ProviderStay>> stays(qint64 providerId) const;

  private:
    Result<QList<ProviderContract>> select(const QString& where, const QVariantMap& binds) const;
    Database& m_db;
};

} // namespace pd::core
