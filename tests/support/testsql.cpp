// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/testsql.h"

#include "core/storage/database.h"
#include "tests/support/testserver.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace pd::test {

namespace {

QString nextName() {
    static QAtomicInt counter;
    return QStringLiteral("pd-test-sql-%1").arg(counter.fetchAndAddRelaxed(1));
}

core::Error errorOf(const QSqlQuery& q) {
    return core::Error::storage(QStringLiteral("%1 (in: %2)").arg(q.lastError().text(), q.lastQuery()));
}

core::Result<QSqlQuery> exec(const QString& name, const QString& sql, const QVariantMap& binds) {
    QSqlQuery q(QSqlDatabase::database(name, false));
    q.setForwardOnly(true);
    if (binds.isEmpty()) { // run as it is (a server prepares only queries and row changes)
        if (!q.exec(sql))
            return errorOf(q);
        return q;
    }
    if (!q.prepare(sql))
        return errorOf(q);
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec())
        return errorOf(q);
    return q;
}

} // namespace

TestSql::TestSql(const QString& path) : m_name(nextName()) {
    if (TestServer::openQtSql(m_name, path) && !TestServer::active())
        (void)run(QStringLiteral("PRAGMA foreign_keys = ON"));
}

TestSql::TestSql(const core::Database& db) : TestSql(db.path()) {}

TestSql::~TestSql() {
    {
        QSqlDatabase c = QSqlDatabase::database(m_name, false);
        if (c.isOpen())
            c.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

core::Status TestSql::run(const QString& sql, const QVariantMap& binds) {
    auto q = exec(m_name, sql, binds);
    if (!q)
        return q.error();
    return {};
}

core::Status TestSql::runEach(const QString& sql, const QList<QVariantList>& rows) {
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    if (!q.prepare(sql))
        return errorOf(q);
    for (const QVariantList& row : rows) {
        for (int i = 0; i < row.size(); ++i)
            q.bindValue(i, row[i]);
        if (!q.exec())
            return errorOf(q);
    }
    return {};
}

core::Result<QList<QVariantList>> TestSql::rows(const QString& sql, const QVariantMap& binds,
                                                QStringList* names) {
    auto q = exec(m_name, sql, binds);
    if (!q)
        return q.error();
    QList<QVariantList> out;
    const QSqlRecord record = q->record();
    const int columns = record.count();
    if (names) {
        names->clear();
        for (int i = 0; i < columns; ++i)
            *names << record.fieldName(i);
    }
    while (q->next()) {
        QVariantList row;
        for (int i = 0; i < columns; ++i)
            row << q->value(i);
        out << row;
    }
    return out;
}

core::Result<QVariant> TestSql::value(const QString& sql, const QVariantMap& binds) {
    auto q = exec(m_name, sql, binds);
    if (!q)
        return q.error();
    if (!q->next())
        return QVariant();
    return q->value(0);
}

core::Result<QStringList> TestSql::tables() {
    const bool server = QSqlDatabase::database(m_name, false).driverName() == QLatin1String("QPSQL");
    auto names = rows(server ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                                              "table_schema = current_schema() ORDER BY table_name")
                             : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                              "name NOT LIKE 'sqlite_%' ORDER BY name"));
    if (!names)
        return names.error();
    QStringList out;
    for (const QVariantList& row : names.value())
        out << row.value(0).toString();
    return out;
}

qint64 TestSql::number(const QString& sql, const QVariantMap& binds) {
    auto v = value(sql, binds);
    return v && v->isValid() ? v->toLongLong() : -1;
}

} // namespace pd::test
