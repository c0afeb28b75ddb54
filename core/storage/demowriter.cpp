// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/demowriter.h"

#include "core/storage/database.h"

#include <QSqlError>

namespace pd::core {

namespace {
// A big demo's indexes outgrow SQLite's default 2 MB cache inside the one long transaction and
// pages spill to the journal and are read back; 256 MB (allocated only as used) keeps them in memory.
constexpr int kBulkCacheKiB = 262144;
} // namespace

DemoWriter::DemoWriter(Database& db) : m_db(db) {
    QSqlQuery q = m_db.prepare(QStringLiteral("PRAGMA cache_size"));
    if (m_db.exec(q, QStringLiteral("reading the cache size")) && q.next())
        m_cacheSize = q.value(0);
    (void)m_db.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kBulkCacheKiB),
                    QStringLiteral("enlarging the cache"));
}

DemoWriter::~DemoWriter() {
    m_statements.clear();
    if (m_cacheSize.isValid())
        (void)m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize.toLongLong()),
                        QStringLiteral("restoring the cache size"));
}

void DemoWriter::define(const QString& table, const QStringList& columns) {
    QStringList marks;
    for (int i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    auto statement = std::make_shared<Statement>();
    // Table and column names come from the generator's own literals, never from input.
    statement->query =
        m_db.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                         .arg(table, columns.join(QLatin1String(", ")), marks.join(QLatin1String(", "))));
    statement->columns = int(columns.size());
    m_statements.insert(table, statement);
}

Result<qint64> DemoWriter::insert(const QString& table, const QVariantList& values) {
    auto it = m_statements.find(table);
    if (it == m_statements.end())
        return Error::invalid(
            QStringLiteral("The demo generator wrote to %1 before declaring its columns.").arg(table));
    Statement& s = **it;
    if (values.size() != s.columns)
        return Error::invalid(QStringLiteral("The demo generator gave %1 values for %2 columns of %3.")
                                  .arg(values.size())
                                  .arg(s.columns)
                                  .arg(table));
    for (int i = 0; i < values.size(); ++i)
        s.query.bindValue(i, values[i]);
    if (auto st = m_db.exec(s.query, QStringLiteral("writing demo %1").arg(table)); !st)
        return st.error();
    ++m_rows;
    return s.query.lastInsertId().toLongLong();
}

} // namespace pd::core
