// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef PD_STORAGE_INTERNAL
#error                                                                                                       \
    "core/storage/changereadconnection.h is storage-internal: SQL stays in core/storage (docs/architecture.md)."
#endif

#include "core/storage/readconnection.h"

namespace pd::core {

class Database;

/// The bulk readers' connection while a change is being made on the same Database and the owner
/// asked for reads to see it (Database::setReadsInsideChanges): statements run on the writing
/// connection, inside the change's own transaction, so they read what is not saved yet. It has no
/// snapshot of its own (the change's transaction is one), and its change stamp moves on every
/// call, so nothing read through it is ever taken for a still-valid cache.
class ChangeReadConnection final : public ReadConnection {
  public:
    explicit ChangeReadConnection(Database& db);

    Result<std::unique_ptr<ReadStatement>> prepare(const char* sql, const QString& doing) override;
    Result<qint64> changeStamp() override;
    bool interleavesStatements() const override; ///< not on a server: statements run through QtSql

  protected:
    Status beginSnapshot() override { return {}; }
    void endSnapshot() override {}

  private:
    Database& m_db;
    qint64 m_serial;
    qint64 m_calls = 0;
};

} // namespace pd::core
