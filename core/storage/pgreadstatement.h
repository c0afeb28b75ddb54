// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef PD_STORAGE_INTERNAL
#error "core/storage/pgreadstatement.h is storage-internal: SQL stays in core/storage (docs/architecture.md)."
#endif

#include "core/storage/readstatement.h"

#include <QByteArray>
#include <deque>
#include <optional>
#include <vector>

class QVariant;
struct pg_conn;   // libpq's PGconn: only pgreadstatement.cpp includes libpq-fe.h
struct pg_result; // libpq's PGresult

namespace pd::core {

class PgReadStatement;

/// The libpq connection under a QPSQL session, shared by the statements read on it: at most one
/// of them has rows still coming from the server at a time.
class PgSession {
  public:
    /// The PGconn a QPSQL driver's handle() holds; null when the handle is not one.
    static pg_conn* connectionOf(const QVariant& handle);

    explicit PgSession(pg_conn* connection) : m_connection(connection) {}
    Q_DISABLE_COPY_MOVE(PgSession)

    /// Frees the connection for another statement or for QtSql (which would throw away rows still
    /// coming): the statement reading takes the rest of its rows off the server first.
    void release();

  private:
    friend class PgReadStatement;
    pg_conn* m_connection;
    PgReadStatement* m_reading = nullptr;
};

/// A ReadStatement read straight from libpq (PQsendQueryParams, single-row mode): values are
/// libpq's text, read without a QVariant or a QString each, as psql reads them. The SQL numbers its
/// parameters "$1", "$2" (PgDialect::numberedParameters); all are sent as text, typed by the
/// server from where they stand, as QPSQL's PREPARE does. Booleans read as "1"/"0", as from SQLite.
class PgReadStatement final : public ReadStatement {
  public:
    /// numbers: for each "$k" of sql, the "?N" the reader binds it as.
    PgReadStatement(PgSession& session, QByteArray sql, std::vector<int> numbers);
    ~PgReadStatement() override;

    void bindText(int index, QByteArrayView utf8) override;
    void bindInt(int index, int value) override;
    void bindInt64(int index, qint64 value) override;
    void bindDouble(int index, double value) override;

    Step step() override;
    void reset() override;

    bool isNull(int column) const override;
    int integer(int column) const override { return int(int64(column)); }
    qint64 int64(int column) const override;
    double real(int column) const override;
    QByteArrayView bytes(int column) const override;
    QString errorMessage() const override { return m_error; }

  private:
    friend class PgSession;
    enum class State { Unsent, Reading, Done, Failed };

    bool send();
    /// The next result of this statement: set aside earlier, or from the server; null at the end.
    pg_result* nextResult();
    /// Keeps every result still coming for this statement (another one needs the connection).
    void takeRest();
    /// Reads and drops whatever is still coming, so the connection is free.
    void drain();
    void clearRow();

    PgSession& m_session;
    QByteArray m_sql;
    std::vector<int> m_numbers;
    std::vector<std::optional<QByteArray>> m_binds; ///< by the reader's "?N", from 1
    pg_result* m_result = nullptr;                  ///< the rows being read (one in single-row mode)
    int m_row = 0;
    std::deque<pg_result*> m_rest; ///< taken off the server early by takeRest()
    State m_state = State::Unsent;
    QString m_error;
};

} // namespace pd::core
