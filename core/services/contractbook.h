// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/contractversion.h"
#include "core/result.h"

#include <optional>

namespace pd::core {

class Database;

/// The placements' Individual Placement Contracts. Version 1 is made by PermissionToPlace; a
/// change (a new fee or extras from a date, an outcome added) makes the next version in one
/// transaction, audited, and every earlier version stays as it was.
class ContractBook {
  public:
    explicit ContractBook(Database& db) : m_db(db) {}

    /// The placement's current contract (its latest version), if it has one.
    Result<std::optional<ContractVersion>> current(qint64 placementId) const;
    /// Every version, oldest first.
    Result<QList<ContractVersion>> versions(qint64 placementId) const;
    /// Makes the next version from the current one with the change applied (Operation::ChangeContract);
    /// returns the new version number. Refused for a placement without a contract or one that has
    /// ended; a change that changes nothing, a fee of 0 or less, a date before the current version's
    /// or an empty reason is refused with the field named, and nothing is written.
    Result<int> change(qint64 placementId, const ContractChange& change);
    /// The printable contract (ContractDocument) of the placement as it stands on `today`.
    Result<QString> html(qint64 placementId, const QDate& today) const;
    /// The same written as an A4 PDF.
    Status writePdf(qint64 placementId, const QDate& today, const QString& path) const;

  private:
    Database& m_db;
};

} // namespace pd::core
