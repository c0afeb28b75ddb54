// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/auditfilter.h"
#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QVariant>

namespace pd::core {

class Database;

struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    QString who;
    QString table;
    qint64 rowId = 0;
    QString action; ///< insert, update, delete, or a domain word (transition, suspend, import...)
    QString field;
    QString oldValue;
    QString newValue;
};

/// Who changed what. Call inside the transaction of the change it describes.
class AuditLog {
  public:
    explicit AuditLog(Database& db) : m_db(db) {}

    Status record(const QString& table, qint64 rowId, const QString& action, const QString& field,
                  const QVariant& oldValue, const QVariant& newValue);
    /// Newest first; rowId 0 means every row of the table; an empty table means everything.
    Result<QList<AuditEntry>> entries(const QString& table = {}, qint64 rowId = 0, int limit = 500) const;
    /// Newest first, the rows the filter matches (the audit viewer).
    Result<QList<AuditEntry>> search(const AuditFilter& filter) const;
    /// The tables the log names, for the viewer's list of records.
    Result<QStringList> tables() const;

  private:
    Database& m_db;
};

} // namespace pd::core
