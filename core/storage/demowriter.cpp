// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/demowriter.h"

#include "core/storage/bulkcache.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"

namespace pd::core {

struct DemoWriter::Statement {
    Result<SqlStatement> insert;
    int columns = 0;
};

// A big demo's indexes outgrow SQLite's default cache inside the one long transaction: BulkCache.
DemoWriter::DemoWriter(Database& db) : m_db(db), m_cache(std::make_unique<BulkCache>(db)) {}

DemoWriter::~DemoWriter() {
    m_statements.clear(); // the statements end before the cache is put back
    m_cache.reset();
}

void DemoWriter::define(const QString& table, const QStringList& columns) {
    QStringList marks;
    for (int i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    // Table and column names come from the generator's own literals, never from input.
    auto statement = std::make_shared<Statement>(Statement{
        Sql(m_db).prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                              .arg(table, columns.join(QLatin1String(", ")), marks.join(QLatin1String(", "))),
                          QStringLiteral("preparing demo %1").arg(table)),
        int(columns.size())});
    m_statements.insert(table, statement);
}

Result<qint64> DemoWriter::insert(const QString& table, const QVariantList& values) {
    auto it = m_statements.find(table);
    if (it == m_statements.end())
        return Error::invalid(
            QStringLiteral("The demo generator wrote to %1 before declaring its columns.").arg(table));
    Statement& s = **it;
    if (!s.insert)
        return s.insert.error();
    if (values.size() != s.columns)
        return Error::invalid(QStringLiteral("The demo generator gave %1 values for %2 columns of %3.")
                                  .arg(values.size())
                                  .arg(s.columns)
                                  .arg(table));
    if (auto st = s.insert->runPositional(values, QStringLiteral("writing demo %1").arg(table)); !st)
        return st.error();
    ++m_rows;
    return s.insert->lastInsertId();
}

} // namespace pd::core
