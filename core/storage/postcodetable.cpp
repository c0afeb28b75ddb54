// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/postcodetable.h"

#include "core/storage/database.h"

#include <QSqlError>

namespace pd::core {

struct PostcodeTable::Statement {
    QSqlQuery query;
};

PostcodeTable::PostcodeTable(Database& db)
    : m_db(db),
      m_statement(new Statement{db.prepare(QStringLiteral(
          "INSERT INTO postcodes (postcode, lat, lon) VALUES (?, ?, ?) "
          "ON CONFLICT (postcode) DO UPDATE SET lat = excluded.lat, lon = excluded.lon"))})
{
}

PostcodeTable::~PostcodeTable()
{
    delete m_statement;
}

Status PostcodeTable::put(const QString& postcode, const Coordinates& where)
{
    QSqlQuery& q = m_statement->query;
    q.bindValue(0, postcode);
    q.bindValue(1, where.lat);
    q.bindValue(2, where.lon);
    if (q.exec())
        return {};
    return Database::errorFrom(q.lastError(), QStringLiteral("saving postcode %1").arg(postcode));
}

Result<qint64> PostcodeTable::count() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM postcodes"));
    if (auto s = m_db.exec(q, QStringLiteral("counting postcodes")); !s)
        return s.error();
    q.next();
    return q.value(0).toLongLong();
}

} // namespace pd::core
