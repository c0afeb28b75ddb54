// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/postcodetable.h"

#include "core/storage/bulkcache.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"

namespace pd::core {

struct PostcodeTable::Bulk {
    BulkCache cache; // a million-row transaction keeps its B-tree in memory until commit
    Result<SqlStatement> upsert;
};

PostcodeTable::PostcodeTable(Database& db)
    : m_db(db),
      m_bulk(new Bulk{
          BulkCache(db),
          Sql(db).prepare(QStringLiteral("INSERT INTO postcodes (postcode, lat, lon) VALUES (?, ?, ?) "
                                         "ON CONFLICT (postcode) DO UPDATE SET lat = excluded.lat, "
                                         "lon = excluded.lon"),
                          QStringLiteral("preparing the postcode table"))}) {}

PostcodeTable::~PostcodeTable() = default;

Status PostcodeTable::put(const QString& postcode, const Coordinates& where) {
    if (!m_bulk->upsert)
        return m_bulk->upsert.error();
    return m_bulk->upsert->runPositional({postcode, where.lat, where.lon},
                                         QStringLiteral("saving postcode %1").arg(postcode));
}

Result<qint64> PostcodeTable::count() const {
    auto n = Sql(m_db).scalar(QStringLiteral("SELECT COUNT(*) FROM postcodes"), {},
                              QStringLiteral("counting postcodes"));
    if (!n)
        return n.error();
    return n->toLongLong();
}

} // namespace pd::core
