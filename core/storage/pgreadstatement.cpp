// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/pgreadstatement.h"

#include <QVariant>
#include <charconv>
#include <cstring>
#include <libpq-fe.h>

namespace pd::core {

namespace {

constexpr Oid kBoolean = 16; // BOOLOID (catalog/pg_type_d.h is in the server's headers, not libpq's)

} // namespace

pg_conn* PgSession::connectionOf(const QVariant& handle) {
    // QSqlDriver::handle()'s documented way to tell the driver's own type; Qt 6.4 names it by the
    // struct behind libpq's typedef ("pg_conn*"), where the documentation says "PGconn*".
    if (!handle.isValid() ||
        (std::strcmp(handle.typeName(), "PGconn*") != 0 && std::strcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(handle.constData());
}

void PgSession::release() {
    if (m_reading)
        m_reading->takeRest();
}

PgReadStatement::PgReadStatement(PgSession& session, QByteArray sql, std::vector<int> numbers)
    : m_session(session), m_sql(std::move(sql)), m_numbers(std::move(numbers)) {}

PgReadStatement::~PgReadStatement() {
    reset();
}

void PgReadStatement::bindText(int index, QByteArrayView utf8) {
    if (index < 1)
        return;
    if (size_t(index) > m_binds.size())
        m_binds.resize(size_t(index));
    m_binds[size_t(index) - 1] = utf8.toByteArray();
}

void PgReadStatement::bindInt(int index, int value) {
    bindText(index, QByteArray::number(value));
}

void PgReadStatement::bindInt64(int index, qint64 value) {
    bindText(index, QByteArray::number(value));
}

void PgReadStatement::bindDouble(int index, double value) {
    bindText(index, QByteArray::number(value, 'g', 17));
}

bool PgReadStatement::send() {
    m_session.release();
    std::vector<const char*> values;
    std::vector<int> lengths;
    for (int n : m_numbers) {
        const bool bound = n >= 1 && size_t(n) <= m_binds.size() && m_binds[size_t(n) - 1];
        values.push_back(bound ? m_binds[size_t(n) - 1]->constData() : nullptr); // unbound: NULL
        lengths.push_back(bound ? int(m_binds[size_t(n) - 1]->size()) : 0);
    }
    // The reader's snapshot: QtSql began its transaction (BEGIN ... REPEATABLE READ) on this same
    // PGconn and keeps no query open on it (ServerReadConnection reads its own to the end), so
    // this statement runs inside that transaction and sees that snapshot.
    if (!PQsendQueryParams(m_session.m_connection, m_sql.constData(), int(values.size()), nullptr,
                           values.data(), lengths.data(), nullptr, 0)) {
        m_error = QString::fromUtf8(PQerrorMessage(m_session.m_connection)).trimmed();
        return false;
    }
    m_session.m_reading = this;
    // A row at a time, as QPSQL reads forward-only; if refused, the rows come in one result.
    PQsetSingleRowMode(m_session.m_connection);
    return true;
}

PGresult* PgReadStatement::nextResult() {
    if (!m_rest.empty()) {
        PGresult* r = m_rest.front();
        m_rest.pop_front();
        return r;
    }
    if (m_session.m_reading != this)
        return nullptr;
    PGresult* r = PQgetResult(m_session.m_connection);
    if (!r)
        m_session.m_reading = nullptr;
    return r;
}

void PgReadStatement::takeRest() {
    while (PGresult* r = PQgetResult(m_session.m_connection))
        m_rest.push_back(r);
    m_session.m_reading = nullptr;
}

void PgReadStatement::drain() {
    if (m_session.m_reading == this) {
        while (PGresult* r = PQgetResult(m_session.m_connection))
            PQclear(r);
        m_session.m_reading = nullptr;
    }
    for (PGresult* r : m_rest)
        PQclear(r);
    m_rest.clear();
}

void PgReadStatement::clearRow() {
    if (m_result)
        PQclear(m_result);
    m_result = nullptr;
    m_row = 0;
}

ReadStatement::Step PgReadStatement::step() {
    if (m_state == State::Unsent) {
        if (!send()) {
            m_state = State::Failed;
            return Step::Failed;
        }
        m_state = State::Reading;
    }
    if (m_state != State::Reading)
        return m_state == State::Done ? Step::Done : Step::Failed;
    if (m_result && ++m_row < PQntuples(m_result))
        return Step::Row;
    clearRow();
    while (PGresult* r = nextResult()) {
        switch (PQresultStatus(r)) {
        case PGRES_SINGLE_TUPLE:
        case PGRES_TUPLES_OK:
            if (PQntuples(r) > 0) {
                m_result = r;
                return Step::Row;
            }
            break;
        case PGRES_COMMAND_OK:
        case PGRES_EMPTY_QUERY:
            break;
        default:
            m_error = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
            PQclear(r);
            drain();
            m_state = State::Failed;
            return Step::Failed;
        }
        PQclear(r);
    }
    m_state = State::Done;
    return Step::Done;
}

void PgReadStatement::reset() {
    // Abandoned early (a limit, a first row only): the rest is read and dropped, so the next
    // statement on the connection can run. Cancelling instead would abort the reader's transaction.
    clearRow();
    drain();
    m_binds.clear();
    m_error.clear();
    m_state = State::Unsent;
}

bool PgReadStatement::isNull(int column) const {
    return !m_result || PQgetisnull(m_result, m_row, column);
}

QByteArrayView PgReadStatement::bytes(int column) const {
    if (isNull(column))
        return {};
    const char* value = PQgetvalue(m_result, m_row, column);
    if (PQftype(m_result, column) == kBoolean)
        return QByteArrayView(*value == 't' ? "1" : "0",
                              1); // as SQLite stores them, and QPSQL's path read them
    return QByteArrayView(value, PQgetlength(m_result, m_row, column));
}

qint64 PgReadStatement::int64(int column) const {
    const QByteArrayView b = bytes(column);
    if (b.isEmpty())
        return 0;
    qint64 value = 0;
    const auto [end, error] = std::from_chars(b.data(), b.data() + b.size(), value);
    if (error == std::errc() && end == b.data() + b.size())
        return value;
    // A server's sums come back as decimals ("3" or "3.0"): their whole part, as QtSql's path read them.
    return qint64(real(column));
}

double PgReadStatement::real(int column) const {
    const QByteArrayView b = bytes(column);
    double value = 0;
    if (!b.isEmpty() && std::from_chars(b.data(), b.data() + b.size(), value).ec != std::errc())
        return 0;
    return value;
}

} // namespace pd::core
