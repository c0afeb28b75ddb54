// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QHash>
#include <QStringList>
#include <QVariantList>
#include <memory>

namespace pd::core {

class BulkCache;
class Database;

/// Bulk inserts for the demo generator: one prepared statement per table, reused with
/// positional binds, inside the caller's transaction (RecordWriter's per-row audit is too slow
/// for hundreds of thousands of rows; the generator writes one audit row for the whole run).
class DemoWriter {
  public:
    explicit DemoWriter(Database& db);
    /// Puts the connection's page cache back as it was.
    ~DemoWriter();
    Q_DISABLE_COPY_MOVE(DemoWriter)

    /// Declares the columns later insert() calls for this table give values for, in order.
    void define(const QString& table, const QStringList& columns);
    /// Inserts one row; returns its id.
    Result<qint64> insert(const QString& table, const QVariantList& values);
    /// Rows written so far through this writer.
    qint64 rowsWritten() const { return m_rows; }

  private:
    struct Statement;
    Database& m_db;
    std::unique_ptr<BulkCache> m_cache;
    QHash<QString, std::shared_ptr<Statement>> m_statements;
    qint64 m_rows = 0;
};

} // namespace pd::core
