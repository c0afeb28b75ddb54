// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/provider.h"

namespace pd::core {

class Database;

/// Providers in the register. Saves go through RecordWriter (versioned, audited).
class ProviderRepository {
  public:
    explicit ProviderRepository(Database& db) : m_db(db) {}

    Result<QList<Provider>> all() const;
    Result<Provider> find(qint64 id) const;
    /// The provider with this Ofsted URN, or nullopt.
    Result<std::optional<Provider>> findByUrn(const QString& urn) const;
    /// Inserts (id 0) or updates (optimistic on rowVersion); sets id and rowVersion on success.
    Status save(Provider& provider);
    /// Suspends or excludes with a reason (required) from a date, audited as that action.
    Status bar(qint64 id, qint64 expectedVersion, FrameworkStatus status, const QString& reason,
               const QDate& from);
    /// Lifts a suspension or exclusion back to the given status, with the reason audited.
    Status reinstate(qint64 id, qint64 expectedVersion, FrameworkStatus status, const QString& reason);

  private:
    Status setStatus(qint64 id, qint64 expectedVersion, FrameworkStatus status, const QString& reason,
                     const QDate& from, const QString& action);
    Database& m_db;
};

} // namespace pd::core
