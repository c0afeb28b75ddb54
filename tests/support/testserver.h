// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pd::test {

/// The suites run against SQLite files, and again against a PostgreSQL server when
/// PD_TEST_DB_URL names one (postgresql://user@host:port/postgres, as scripts/pg-test-server.sh
/// prints it): each TempDatabase is then a new database on that server, dropped afterwards.
class TestServer {
  public:
    /// The server address the suites run against; empty for SQLite files.
    static QString baseUrl();
    static bool active() { return !baseUrl().isEmpty(); }
    /// Creates an empty database of its own on the server and returns its address.
    static QString createDatabase();
    /// Drops the database at url, closing any session a test left open on it.
    static void dropDatabase(const QString& url);
    /// Opens a QtSql connection called name on path: a file (QSQLITE) or a server (QPSQL).
    static bool openQtSql(const QString& name, const QString& path);
};

} // namespace pd::test
