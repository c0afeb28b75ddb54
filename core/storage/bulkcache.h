// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef PD_STORAGE_INTERNAL
#error "core/storage/bulkcache.h is storage-internal: SQL stays in core/storage (docs/architecture.md)."
#endif

#include <QtGlobal>

namespace pd::core {

class Database;

/// A 256 MB page cache (allocated only as used) on the writing connection while a bulk write
/// runs, put back as it was when this goes out of scope. A transaction of a million rows
/// otherwise spills SQLite's default 2 MB cache to the journal over and over.
class BulkCache {
  public:
    explicit BulkCache(Database& db);
    ~BulkCache();
    Q_DISABLE_COPY_MOVE(BulkCache)

  private:
    Database& m_db;
    qint64 m_previous = 0;
};

} // namespace pd::core
