// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QVariantMap>

namespace pd::core {

class Database;

/// Writes editable records with optimistic concurrency and an audit row per changed field,
/// all in one transaction. Table and column names come from code, never from users.
class RecordWriter {
  public:
    explicit RecordWriter(Database& db) : m_db(db) {}

    /// Inserts a row (row_version starts at 1) and returns its id.
    Result<qint64> insert(const QString& table, const QVariantMap& values);
    /// Updates the row if nobody else changed it since expectedVersion was read; otherwise a
    /// Conflict error naming who changed it and when, and nothing is written.
    Status update(const QString& table, qint64 id, qint64 expectedVersion, const QVariantMap& values);
    Status remove(const QString& table, qint64 id, qint64 expectedVersion);
    /// The row's current version, or a NotFound error.
    Result<qint64> currentVersion(const QString& table, qint64 id) const;

  private:
    Error conflictError(const QString& table, qint64 id) const;
    Database& m_db;
};

} // namespace pd::core
