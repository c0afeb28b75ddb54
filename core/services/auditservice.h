// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/auditfilter.h"
#include "core/domain/tablesnapshot.h"
#include "core/result.h"

#include <QStringList>

namespace pd::core {

class Database;

/// The audit viewer's service: who changed what and when, filtered by record, user and date range,
/// and the same rows exported to CSV (with the CSV writer's formula guard). Managers, budget holders
/// and administrators only (Operation::ViewAudit); everyone else is refused with the reason.
class AuditService {
  public:
    explicit AuditService(Database& db) : m_db(db) {}

    /// Newest first: When (UTC), Who, Record, Id, Action, Field, Old value, New value.
    Result<TableSnapshot> entries(const AuditFilter& filter) const;
    /// The tables the log names (the viewer's record list).
    Result<QStringList> tables() const;
    /// Writes entries(filter) to path as CSV; returns the number of rows written.
    Result<int> exportCsv(const AuditFilter& filter, const QString& path) const;

  private:
    Database& m_db;
};

} // namespace pd::core
