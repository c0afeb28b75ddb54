// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/bulkcache.h"

#include "core/storage/database.h"
#include "core/storage/sql.h"
#include "core/storage/sqlitepragmas.h"

namespace pd::core {

namespace {
constexpr qint64 kBulkCacheKiB = 262144;
} // namespace

BulkCache::BulkCache(Database& db) : m_db(db) {
    if (db.isServer())
        return; // the server sizes its own cache
    const Sql sql(db);
    if (auto size = SqlitePragmas::cacheSize(sql); size)
        m_previous = size.value();
    (void)SqlitePragmas::setCacheSize(sql, -kBulkCacheKiB);
}

BulkCache::~BulkCache() {
    if (m_previous != 0)
        (void)SqlitePragmas::setCacheSize(Sql(m_db), m_previous);
}

} // namespace pd::core
