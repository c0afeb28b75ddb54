// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/journalmode.h"
#include "core/domain/serveraddress.h"
#include "core/result.h"
#include "core/storage/migration.h"

#include <QDateTime>
#include <QSet>
#include <QString>
#include <memory>

class QSqlDatabase;

namespace pd::core {

class StatementPool;

class ReadConnection;
class Sql;

/// One open Placement Desk database: a file (a QtSql SQLite connection with its pragmas) or a
/// database on a PostgreSQL server (path "postgresql://host/dbname", QtSql's QPSQL driver), with
/// the migrations and transaction nesting every repository relies on.
///
/// It runs no SQL for anyone outside core/storage: the connection is private and reached only
/// through Sql (core/storage/sql.h), a header that compiles only inside pd_storage. Code in
/// other folders calls repositories and query classes.
class Database {
  public:
    struct Options {
        bool create = false;                          ///< create the file when it does not exist
        JournalMode newFileMode = JournalMode::Local; ///< mode of a file this call creates
        bool readOnly = false;                        ///< open without writing anything (check)
        bool migrate = true;                          ///< bring an older schema up to date
    };

    /// Opens (and if asked creates) a database and applies the built-in migrations.
    static Result<std::unique_ptr<Database>> open(const QString& path, const Options& options);
    static Result<std::unique_ptr<Database>> open(const QString& path) { return open(path, Options{}); }
    /// As open(), with an explicit migration list (tests use this to inject failing steps).
    static Result<std::unique_ptr<Database>> open(const QString& path, const Options& options,
                                                  const QList<Migration>& migrations);

    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    /// How long a connection waits for a colleague's save before reporting the file busy.
    static constexpr int kBusyTimeoutMs = 10000;

    /// Where the data lives: SQLite's file, or PostgreSQL's server (ServerAddress::isServer).
    enum class Engine { Sqlite, Server };
    Engine engine() const { return m_engine; }
    bool isServer() const { return m_engine == Engine::Server; }
    /// True when this open created the schema (a new file, or an empty server database).
    bool createdNow() const { return m_createdNow; }

    /// The file's absolute path, or the server's address as given (password included: it is how
    /// the bulk readers and the background readers open connections of their own).
    QString path() const { return m_path; }
    /// The path as shown to people: the server's address without its password.
    QString displayName() const;
    JournalMode mode() const { return m_mode; }
    /// Switches the file between WAL and rollback journal; every later connection follows.
    Status setMode(JournalMode mode);
    int schemaVersion() const;

    /// Who the audit log names for changes made through this connection.
    QString userName() const { return m_userName; }
    void setUserName(const QString& name) { m_userName = name; }

    /// The time the history of changes made here is stamped with (referral steps, choices, options
    /// papers, offers received): the real time (UTC), unless a clock is set. The demo generator sets
    /// it to the moment each step of its made-up history happens; the audit log keeps the real time.
    QDateTime now() const { return m_clock.isValid() ? m_clock : QDateTime::currentDateTimeUtc(); }
    /// Today's date for the rules that depend on it (ages, dates offered): the clock's day when a
    /// clock is set, else the local date.
    QDate today() const { return m_clock.isValid() ? m_clock.date() : QDate::currentDate(); }
    /// Sets the clock (UTC); an invalid time puts the real time back.
    void setClock(const QDateTime& at) { m_clock = at.toUTC(); }

    /// Whether a register or measures reader asked for inside a change on this Database reads through
    /// the writing connection and so sees the change (on), or is refused (off, the default). The demo
    /// generator turns it on to run the services inside its one long transaction.
    void setReadsInsideChanges(bool on);

    /// Transactions nest: the outermost is BEGIN IMMEDIATE (so writers queue on the busy
    /// timeout instead of failing), inner ones are savepoints. Use TransactionGuard.
    Status begin();
    Status commit();
    Status rollback();
    int transactionDepth() const { return m_depth; }

    /// Turns the engine's own words for a failure into a sentence for the user.
    static Error errorFromText(const QString& text, const QString& doing);

  private:
    friend class Sql;          // storage's only way to the connection
    friend class SqlStatement; // gives its prepared statement back to the pool

    Database() = default;
    static Result<std::unique_ptr<Database>> openServer(const QString& url, const Options& options,
                                                        const QList<Migration>& migrations);
    Status initialiseServer(const Options& options, const QList<Migration>& migrations);
    Status initialise(const Options& options, bool isNew, const QList<Migration>& migrations);
    /// One migration step in one transaction, stamped with its version.
    Status apply(const Migration& migration);
    QSqlDatabase connection() const;
    const QSet<QString>& tablesWithId() const { return m_tablesWithId; }
    /// On a server: the statements kept prepared for this session (storage-internal).
    StatementPool& statementPool() const { return *m_pool; }
    /// The connection the bulk readers use: a read-only one of its own on the same file, opened
    /// on first use and kept while this Database is open (so its change stamp means something).
    /// It cannot see this connection's unsaved changes, so it is refused inside a transaction
    /// (unless setReadsInsideChanges: then the readers read through this connection);
    /// an in-memory database has no file to open a second connection on.
    Result<ReadConnection*> readConnection();

    QString m_path;
    Engine m_engine = Engine::Sqlite;
    ServerAddress m_server;
    bool m_createdNow = false;
    QSet<QString> m_tablesWithId; ///< on a server: the tables whose INSERTs return their new id
    std::unique_ptr<StatementPool> m_pool;
    QString m_connectionName;
    QString m_userName;
    QDateTime m_clock;
    JournalMode m_mode = JournalMode::Local;
    int m_depth = 0;
    std::unique_ptr<ReadConnection> m_reader;
    std::unique_ptr<ReadConnection> m_changeReader; ///< set while reads inside changes are on
};

} // namespace pd::core
