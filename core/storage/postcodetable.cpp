// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/postcodetable.h"

#include "core/storage/database.h"

#include <QSqlError>

namespace pd::core {

struct PostcodeTable::Statement {
    QSqlQuery query;
};

PostcodeTable::PostcodeTable(Database& db)
    : m_db(db), m_statement(new Statement{db.prepare(QStringLiteral(
                    "INSERT INTO postcodes (postcode, lat, lon) VALUES (?, ?, ?) "
                    "ON CONFLICT (postcode) DO UPDATE SET lat = excluded.lat, lon = excluded.lon"))}) {
    // A million-row transaction spills the default 2 MB page cache to the journal over and
    // over; a larger cache while the import runs keeps the B-tree in memory until commit.
    QSqlQuery pragma = db.prepare(QStringLiteral("PRAGMA cache_size"));
    if (db.exec(pragma, QStringLiteral("reading the cache size")).ok() && pragma.next())
        m_previousCacheSize = pragma.value(0).toLongLong();
    db.exec(QStringLiteral("PRAGMA cache_size = -262144"), QStringLiteral("enlarging the cache")).ok();
}

PostcodeTable::~PostcodeTable() {
    delete m_statement;
    if (m_previousCacheSize != 0)
        m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previousCacheSize),
                  QStringLiteral("restoring the cache"))
            .ok();
}

Status PostcodeTable::put(const QString& postcode, const Coordinates& where) {
    QSqlQuery& q = m_statement->query;
    q.bindValue(0, postcode);
    q.bindValue(1, where.lat);
    q.bindValue(2, where.lon);
    if (q.exec())
        return {};
    return Database::errorFrom(q.lastError(), QStringLiteral("saving postcode %1").arg(postcode));
}

Result<qint64> PostcodeTable::count() const {
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM postcodes"));
    if (auto s = m_db.exec(q, QStringLiteral("counting postcodes")); !s)
        return s.error();
    q.next();
    return q.value(0).toLongLong();
}

} // namespace pd::core
