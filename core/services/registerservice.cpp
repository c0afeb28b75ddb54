// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/registerservice.h"

#include "core/exchange/postcodeimport.h"
#include "core/exchange/registerimport.h"
#include "core/storage/postcodedirectory.h"
#include "core/storage/providerhistory.h"
#include "core/storage/providerrepository.h"
#include "core/storage/provisionrepository.h"
#include "core/storage/registerqueries.h"
#include "core/storage/userrepository.h"

namespace pd::core {

Operation registerImportOperation(RegisterImportKind kind) {
    switch (kind) {
    case RegisterImportKind::Providers:
        return Operation::ImportProviders;
    case RegisterImportKind::Provisions:
        return Operation::ImportProvisions;
    case RegisterImportKind::Vacancies:
        return Operation::ImportVacancies;
    case RegisterImportKind::Postcodes:
        break;
    }
    return Operation::ImportPostcodes;
}

Result<QList<RegisterRow>> RegisterService::rows(const QDate& day,
                                                 const std::optional<RegisterArea>& near) const {
    return registerRows(m_db, day, near);
}

Result<Provider> RegisterService::provider(qint64 id) const {
    return ProviderRepository(m_db).find(id);
}

Result<std::optional<Provider>> RegisterService::providerByUrn(const QString& urn) const {
    return ProviderRepository(m_db).findByUrn(urn);
}

Status RegisterService::saveProvider(Provider& provider) {
    if (auto s = UserRepository(m_db).requireAllowed(Operation::EditProvider); !s)
        return s;
    return ProviderRepository(m_db).save(provider);
}

Status RegisterService::bar(qint64 providerId, qint64 expectedVersion, FrameworkStatus status,
                            const QString& reason, const QDate& from) {
    if (auto s = UserRepository(m_db).requireAllowed(Operation::BarProvider); !s)
        return s;
    return ProviderRepository(m_db).bar(providerId, expectedVersion, status, reason, from);
}

Status RegisterService::reinstate(qint64 providerId, qint64 expectedVersion, FrameworkStatus status,
                                  const QString& reason) {
    if (auto s = UserRepository(m_db).requireAllowed(Operation::BarProvider); !s)
        return s;
    return ProviderRepository(m_db).reinstate(providerId, expectedVersion, status, reason);
}

Result<QList<Provision>> RegisterService::provisions(qint64 providerId) const {
    return ProvisionRepository(m_db).forProvider(providerId);
}

Result<Provision> RegisterService::provision(qint64 id) const {
    return ProvisionRepository(m_db).find(id);
}

Status RegisterService::saveProvision(Provision& provision) {
    if (auto s = UserRepository(m_db).requireAllowed(Operation::EditProvision); !s)
        return s;
    return ProvisionRepository(m_db).save(provision);
}

Result<QList<Vacancy>> RegisterService::vacancies(qint64 provisionId) const {
    return ProvisionRepository(m_db).vacancies(provisionId);
}

Status RegisterService::saveVacancy(Vacancy& vacancy) {
    if (auto s = UserRepository(m_db).requireAllowed(Operation::EditVacancy); !s)
        return s;
    return ProvisionRepository(m_db).save(vacancy);
}

Result<QList<PlacementAtProvider>> RegisterService::currentPlacements(qint64 providerId,
                                                                      const QDate& day) const {
    return ProviderHistory(m_db).currentPlacements(providerId, day);
}

Result<QList<PlacementAtProvider>> RegisterService::disruptions(qint64 providerId) const {
    return ProviderHistory(m_db).disruptions(providerId);
}

Result<std::optional<Coordinates>> RegisterService::findPostcode(const QString& postcode) const {
    return PostcodeDirectory(m_db).find(postcode);
}

Result<ImportSummary> RegisterService::import(RegisterImportKind kind, QIODevice& file,
                                              const QString& fileLabel, const ImportProgress& progress) {
    if (auto s = UserRepository(m_db).requireAllowed(registerImportOperation(kind)); !s)
        return s.error();
    switch (kind) {
    case RegisterImportKind::Providers:
        return importProviders(m_db, file, fileLabel, progress);
    case RegisterImportKind::Provisions:
        return importProvisions(m_db, file, fileLabel, progress);
    case RegisterImportKind::Vacancies:
        return importVacancies(m_db, file, fileLabel, progress);
    case RegisterImportKind::Postcodes:
        return importPostcodes(m_db, file, fileLabel, progress);
    }
    return Error::invalid(QStringLiteral("Unknown register import."));
}

} // namespace pd::core
