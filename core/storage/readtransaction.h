// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef PD_STORAGE_INTERNAL
#error "core/storage/readtransaction.h is storage-internal: SQL stays in core/storage (docs/architecture.md)."
#endif

#include "core/result.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"

namespace pd::core {

class ReadConnection;

/// One snapshot for several statements on a ReadConnection, ended when it goes out of scope.
/// Declare it before the statements so they are finished first.
class ReadTransaction {
  public:
    explicit ReadTransaction(ReadConnection& connection);
    ~ReadTransaction();
    Q_DISABLE_COPY_MOVE(ReadTransaction)

    const Status& started() const { return m_started; }

  private:
    ReadConnection& m_connection;
    Status m_started;
};

/// Runs read(connection) on the database's read connection inside one read transaction, so
/// everything it reads comes from one snapshot of the file.
template <typename Read>
auto inSnapshot(Database& db, Read&& read) -> decltype(read(std::declval<ReadConnection&>())) {
    auto reader = Sql(db).readConnection();
    if (!reader)
        return reader.error();
    ReadTransaction tx(*reader.value());
    if (!tx.started())
        return tx.started().error();
    return read(*reader.value());
}

} // namespace pd::core
