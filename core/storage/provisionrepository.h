// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/provision.h"
#include "core/domain/vacancy.h"

namespace pd::core {

class Database;

/// Provisions with the children living there, and their vacancies. Writes are versioned and
/// audited through RecordWriter.
class ProvisionRepository {
  public:
    explicit ProvisionRepository(Database& db) : m_db(db) {}

    Result<QList<Provision>> forProvider(qint64 providerId) const;
    Result<Provision> find(qint64 id) const;
    /// The provision with this code at the provider, or nullopt.
    Result<std::optional<Provision>> findByCode(qint64 providerId, const QString& code) const;
    /// Inserts or updates the provision and replaces its household when it changed.
    Status save(Provision& provision);

    Result<QList<Vacancy>> vacancies(qint64 provisionId) const;
    /// Inserts or updates a vacancy; sets id and rowVersion.
    Status save(Vacancy& vacancy);
    Status remove(const Vacancy& vacancy);

  private:
    Result<QList<HouseholdMember>> household(qint64 provisionId) const;
    Status replaceHousehold(qint64 provisionId, const QList<HouseholdMember>& members);
    Result<QList<Provision>> select(const QString& where, const QVariantMap& binds) const;
    Database& m_db;
};

} // namespace pd::core
