// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/serverreadconnection.h"

#include "core/domain/serveraddress.h"
#include "core/storage/database.h"
#include "core/storage/pgdialect.h"
#include "core/storage/pgreadstatement.h"
#include "core/storage/qtsqlreadstatement.h"
#include "core/storage/serverconnection.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <atomic>

namespace pd::core {

namespace {

/// A reader's query on the server session, with the interface QtSqlReadStatement reads.
class ServerQuery {
  public:
    explicit ServerQuery(QSqlQuery query) : m_query(std::move(query)) {}
    Status run(const QVariantMap& binds, const QString& doing) {
        for (auto it = binds.cbegin(); it != binds.cend(); ++it)
            m_query.bindValue(it.key(), it.value());
        if (!m_query.exec())
            return ServerConnection::errorFrom(m_query.lastError(), doing);
        return {};
    }
    bool next() { return m_query.next(); }
    void finish() { m_query.finish(); }
    QVariant valueAt(int column) const { return m_query.value(column); }

  private:
    QSqlQuery m_query;
};

// Serial numbers below the writing-connection readers' and far from SQLite's.
std::atomic<qint64> g_serial{1 << 20};

} // namespace

Result<std::unique_ptr<ServerReadConnection>> ServerReadConnection::open(const ServerAddress& address) {
    std::unique_ptr<ServerReadConnection> c(new ServerReadConnection);
    c->m_serial = g_serial.fetch_add(1);
    auto name = ServerConnection::open(address);
    if (!name)
        return name.error();
    c->m_connectionName = name.value();
#ifdef PD_HAS_LIBPQ
    if (pg_conn* pg =
            PgSession::connectionOf(QSqlDatabase::database(c->m_connectionName, false).driver()->handle()))
        c->m_libpq = std::make_unique<PgSession>(pg);
#endif
    return c;
}

ServerReadConnection::~ServerReadConnection() {
    m_libpq.reset();
    ServerConnection::close(m_connectionName);
}

Status ServerReadConnection::run(const QString& sql, const QString& doing) {
    releaseLibpq();
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(sql))
        return ServerConnection::errorFrom(q.lastError(), doing);
    return {};
}

void ServerReadConnection::releaseLibpq() {
#ifdef PD_HAS_LIBPQ
    // QtSql throws away any rows still coming on the connection before it sends: keep them.
    if (m_libpq)
        m_libpq->release();
#endif
}

Result<std::unique_ptr<ReadStatement>> ServerReadConnection::prepare(const char* sql, const QString& doing) {
#ifdef PD_HAS_LIBPQ
    if (m_libpq) {
        std::vector<int> numbers;
        const QString text = PgDialect::spelling(PgDialect::numberedParameters(sql, &numbers));
        return std::unique_ptr<ReadStatement>(
            std::make_unique<PgReadStatement>(*m_libpq, text.toUtf8(), std::move(numbers)));
    }
#endif
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (!q.prepare(PgDialect::spelling(PgDialect::namedParameters(sql))))
        return ServerConnection::errorFrom(q.lastError(), doing);
    return std::unique_ptr<ReadStatement>(
        std::make_unique<QtSqlReadStatement<ServerQuery>>(ServerQuery(std::move(q)), doing));
}

Result<qint64> ServerReadConnection::changeStamp() {
    releaseLibpq();
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(QStringLiteral("SELECT CAST(pg_snapshot_xmax(pg_current_snapshot()) AS TEXT)")) || !q.next())
        return ServerConnection::errorFrom(q.lastError(),
                                           QStringLiteral("checking whether the database changed"));
    // 40 bits of transaction horizon under this connection's serial number.
    return (m_serial << 40) | (q.value(0).toLongLong() & ((qint64(1) << 40) - 1));
}

Status ServerReadConnection::beginSnapshot() {
    return run(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"),
               QStringLiteral("starting to read"));
}

void ServerReadConnection::endSnapshot() {
    (void)run(QStringLiteral("COMMIT"), QStringLiteral("finishing a read"));
}

} // namespace pd::core
