// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/permissions.h"
#include "core/domain/placementatprovider.h"
#include "core/domain/provider.h"
#include "core/domain/provision.h"
#include "core/domain/registerarea.h"
#include "core/domain/registerrow.h"
#include "core/domain/vacancy.h"
#include "core/exchange/importprogress.h"
#include "core/result.h"

#include <optional>

class QIODevice;

namespace pd::core {

class Database;

/// The files the register imports (docs/formats.md).
enum class RegisterImportKind { Providers, Provisions, Vacancies, Postcodes };
/// The operation of the table of who may do what that imports the kind.
Operation registerImportOperation(RegisterImportKind kind);

/// The provider register: providers, their provisions and vacancies, what the authority's own
/// placements say about them, postcodes, and the register's imports. Changes are refused for
/// users who may not edit, validated, audited and checked against colleagues' saves.
class RegisterService {
  public:
    explicit RegisterService(Database& db) : m_db(db) {}

    /// Every provision with its provider and vacancies on the day (optionally only near a point).
    Result<QList<RegisterRow>> rows(const QDate& day, const std::optional<RegisterArea>& near = {}) const;

    Result<Provider> provider(qint64 id) const;
    /// The provider with the Ofsted URN, if any.
    Result<std::optional<Provider>> providerByUrn(const QString& urn) const;
    /// Adds (id 0) or saves the provider; on success its id and row version are updated.
    Status saveProvider(Provider& provider);
    /// Suspends or excludes the provider with a reason, from a date.
    Status bar(qint64 providerId, qint64 expectedVersion, FrameworkStatus status, const QString& reason,
               const QDate& from);
    Status reinstate(qint64 providerId, qint64 expectedVersion, FrameworkStatus status,
                     const QString& reason);

    Result<QList<Provision>> provisions(qint64 providerId) const;
    Result<Provision> provision(qint64 id) const;
    Status saveProvision(Provision& provision);
    Result<QList<Vacancy>> vacancies(qint64 provisionId) const;
    Status saveVacancy(Vacancy& vacancy);

    /// The authority's children placed with the provider on the day.
    Result<QList<PlacementAtProvider>> currentPlacements(qint64 providerId, const QDate& day) const;
    /// Placements with the provider that ended in a disruption.
    Result<QList<PlacementAtProvider>> disruptions(qint64 providerId) const;

    /// Coordinates of a postcode from the imported postcode table (none: not in the table).
    Result<std::optional<Coordinates>> findPostcode(const QString& postcode) const;

    /// Imports one register file, all or nothing (a line-by-line report on refusal).
    Result<ImportSummary> import(RegisterImportKind kind, QIODevice& file, const QString& fileLabel,
                                 const ImportProgress& progress = {});

  private:
    Database& m_db;
};

} // namespace pd::core
