// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/changereadconnection.h"

#include "core/storage/database.h"
#include "core/storage/pgdialect.h"
#include "core/storage/qtsqlreadstatement.h"
#include "core/storage/sql.h"

#include <atomic>
#include <limits>

namespace pd::core {

namespace {

// Serial numbers far above the file connections' (which count up from 1), so stamps never meet.
std::atomic<qint64> g_serial{std::numeric_limits<qint32>::max()};

} // namespace

ChangeReadConnection::ChangeReadConnection(Database& db) : m_db(db), m_serial(g_serial.fetch_sub(1)) {}

Result<std::unique_ptr<ReadStatement>> ChangeReadConnection::prepare(const char* sql, const QString& doing) {
    auto statement = Sql(m_db).prepare(PgDialect::namedParameters(sql), doing);
    if (!statement)
        return statement.error();
    return std::unique_ptr<ReadStatement>(
        std::make_unique<QtSqlReadStatement<SqlStatement>>(std::move(statement.value()), doing));
}

bool ChangeReadConnection::interleavesStatements() const {
    return !m_db.isServer();
}

Result<qint64> ChangeReadConnection::changeStamp() {
    return (m_serial << 32) | (++m_calls & 0xffffffff);
}

} // namespace pd::core
