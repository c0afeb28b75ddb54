// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/database.h"
#include "core/storage/statementpool.h"

#include "core/domain/oslogin.h"
#include "core/storage/changereadconnection.h"
#include "core/storage/fileidentity.h"
#include "core/storage/pgdialect.h"
#include "core/storage/serverconnection.h"
#include "core/storage/serverreadconnection.h"
#include "core/storage/sql.h"
#include "core/storage/sqlitepragmas.h"
#include "core/storage/sqlitereadconnection.h"
#include "core/storage/transactionguard.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>

namespace pd::core {

namespace {

QString nextConnectionName() {
    static QAtomicInt counter;
    return QStringLiteral("pd-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Error Database::errorFromText(const QString& text, const QString& doing) {
    if (text.contains(QLatin1String("database is locked"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("database is busy"), Qt::CaseInsensitive))
        return Error::storage(QStringLiteral("The database is busy (a colleague is saving) while %1. "
                                             "Nothing was changed; try again in a moment.")
                                  .arg(doing));
    if (text.contains(QLatin1String("not a database"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("malformed"), Qt::CaseInsensitive))
        return Error::storage(
            QStringLiteral("The file is not a usable Placement Desk database (%1) while %2. "
                           "Restore it from a backup.")
                .arg(text.trimmed(), doing));
    if (text.contains(QLatin1String("readonly"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("read-only"), Qt::CaseInsensitive))
        return Error::storage(QStringLiteral("The database file cannot be written (%1) while %2. "
                                             "Check that you have write access to the folder.")
                                  .arg(text.trimmed(), doing));
    return ServerConnection::errorFromText(text, doing); // the server's words, or the bare text
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const Options& options) {
    return open(path, options, builtInMigrations());
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const Options& options,
                                                 const QList<Migration>& migrations) {
    if (ServerAddress::isServer(path))
        return openServer(path, options, migrations);
    const bool memory = path == QLatin1String(":memory:");
    const QFileInfo info(path);
    const bool exists = memory ? false : info.exists();
    if (!memory && !exists && !options.create)
        return Error::notFound(QStringLiteral("There is no database at %1. Check the path, or create one "
                                              "with 'placement-desk demo --db FILE' or File \u203a New.")
                                   .arg(QDir::toNativeSeparators(path)));
    if (!memory && exists && !info.isFile())
        return Error::invalid(
            QStringLiteral("%1 is a folder, not a database file.").arg(QDir::toNativeSeparators(path)));

    // A file that is not ours is refused before SQLite opens it for writing (docs/architecture.md).
    if (!memory && exists)
        if (auto s = FileIdentity::checkBytes(path); !s)
            return s.error();

    std::unique_ptr<Database> db(new Database);
    db->m_path = memory ? path : info.absoluteFilePath();
    db->m_connectionName = nextConnectionName();
    db->m_userName = operatingSystemLogin();
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
        c.setDatabaseName(db->m_path);
        QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
        if (options.readOnly)
            connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
        c.setConnectOptions(connectOptions);
        if (!c.open())
            return Sql::errorFrom(c.lastError(),
                                  QStringLiteral("opening %1").arg(QDir::toNativeSeparators(path)));
    }
    if (auto s = db->initialise(options, !exists, migrations); !s)
        return s.error();
    return db;
}

Status Database::initialise(const Options& options, bool isNew, const QList<Migration>& migrations) {
    m_createdNow = isNew;
    const Sql sql(*this);
    if (auto s = SqlitePragmas::checkReadable(sql); !s)
        return s;
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    // Only reads until the file is known to be ours (or is the new file this call creates).
    if (!isNew && m_path != QLatin1String(":memory:"))
        if (auto s = FileIdentity::checkSchema(sql, m_path, latest); !s)
            return s;
    if (auto s = SqlitePragmas::enableForeignKeys(sql); !s)
        return s;

    if (isNew && !options.readOnly) {
        if (auto s = setMode(options.newFileMode); !s)
            return s;
        // Marked ours before the first table: a creation stopped half-way is still recognised.
        if (auto s = SqlitePragmas::setApplicationId(sql, FileIdentity::kApplicationId); !s)
            return s;
    } else {
        auto mode = SqlitePragmas::journalMode(sql);
        if (!mode)
            return mode.error();
        m_mode = mode.value();
    }
    if (m_mode == JournalMode::Local)
        (void)SqlitePragmas::relaxSynchronous(sql);

    const int current = schemaVersion(); // a newer one was refused above
    if (current == latest || !options.migrate || options.readOnly)
        return {};

    for (const Migration& m : migrations)
        if (m.version > schemaVersion())
            if (auto s = apply(m); !s)
                return s;
    return {};
}

Status Database::apply(const Migration& migration) {
    TransactionGuard tx(*this);
    if (!tx.started())
        return tx.started();
    const Sql sql(*this);
    const QString doing = QStringLiteral("upgrading the database to version %1 (%2)")
                              .arg(migration.version)
                              .arg(migration.name);
    // On a server: the SQLite script without its triggers, then the server's own additions.
    QStringList statements = splitSqlStatements(migration.sql);
    if (isServer()) {
        statements.removeIf([](const QString& statement) { return PgDialect::isTrigger(statement); });
        statements += splitSqlStatements(migration.serverSql);
    }
    for (const QString& statement : statements) {
        const QString text = isServer() ? PgDialect::schema(statement) : statement;
        if (text.isEmpty())
            continue;
        if (auto s = sql.run(text, {}, doing); !s)
            return s;
    }
    if (isServer()) {
        if (auto s = sql.run(
                QStringLiteral("INSERT INTO pd_schema (version, name) VALUES (:v, :n)"),
                {{QStringLiteral(":v"), migration.version}, {QStringLiteral(":n"), migration.name}}, doing);
            !s)
            return s;
    } else if (auto s = SqlitePragmas::setUserVersion(sql, migration.version, doing); !s) {
        return s;
    }
    return tx.commit();
}

Database::~Database() {
    m_pool.reset(); // before the connection its statements belong to closes
    m_changeReader.reset();
    m_reader.reset(); // the writing connection closes last (it tidies the WAL away)
    ServerConnection::close(m_connectionName);
}

QString Database::displayName() const {
    return isServer() ? m_server.displayName() : QDir::toNativeSeparators(m_path);
}

void Database::setReadsInsideChanges(bool on) {
    if (!on)
        m_changeReader.reset();
    else if (!m_changeReader)
        m_changeReader = std::make_unique<ChangeReadConnection>(*this);
}

Result<ReadConnection*> Database::readConnection() {
    if (m_depth > 0 && m_changeReader)
        return m_changeReader.get();
    if (m_depth > 0)
        return Error::invalid(
            QStringLiteral("Placement Desk cannot read the register or the measures while a change is "
                           "being saved on the same connection (they would not see the change). "
                           "Nothing was read."));
    if (isServer() && !m_reader) {
        auto opened = ServerReadConnection::open(m_server);
        if (!opened)
            return opened.error();
        m_reader = std::move(opened.value());
    }
    if (m_path == QLatin1String(":memory:"))
        return Error::refused(
            QStringLiteral("An in-memory database cannot be read by a second connection; open a "
                           "database file to read the register or the measures."));
    if (!m_reader) {
        // A read-only connection cannot undo a save another PC left unfinished; this one can.
        auto opened = SqliteReadConnection::open(
            m_path, kBusyTimeoutMs,
            [this] {
                // Reading the schema on this connection rolls the hot journal back.
                return SqlitePragmas::checkReadable(Sql(*this));
            },
            m_mode == JournalMode::Local);
        if (!opened)
            return opened.error();
        m_reader = std::move(opened.value());
    }
    return m_reader.get();
}

QSqlDatabase Database::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const {
    if (isServer()) {
        auto v = Sql(const_cast<Database&>(*this))
                     .scalar(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM pd_schema"), {},
                             QStringLiteral("reading the schema version"));
        return v ? v->toInt() : 0;
    }
    return SqlitePragmas::userVersion(Sql(const_cast<Database&>(*this)));
}

Status Database::setMode(JournalMode mode) {
    if (m_depth > 0)
        return Error::invalid(QStringLiteral("The database mode cannot change inside a transaction."));
    if (isServer())
        return Error::refused(QStringLiteral("A database on a server has no file mode: the server lets "
                                             "every colleague work at once."));
    m_reader.reset(); // leaving WAL needs the file to itself; readers reopen on next use
    auto got = SqlitePragmas::setJournalMode(Sql(*this), mode);
    if (!got)
        return got.error();
    const bool isWal = got.value() == QLatin1String("wal");
    if (isWal != (mode == JournalMode::Local))
        return Error::storage(
            QStringLiteral("The database mode could not be changed (SQLite answered '%1'). "
                           "Close Placement Desk on other PCs using this file and try again.")
                .arg(got.value()));
    m_mode = mode;
    return {};
}

Status Database::begin() {
    const Sql sql(*this);
    if (m_depth > 0) {
        if (auto s = sql.run(QStringLiteral("SAVEPOINT sp%1").arg(m_depth), {},
                             QStringLiteral("starting a change"));
            !s)
            return s;
        ++m_depth;
        return {};
    }
    // On a busy shared drive one busy timeout may pass while colleagues queue ahead of us: the
    // statement waits through a few (SqlStatement) before telling the user (nothing has been
    // written yet, so retrying is safe).
    if (isServer()) {
        // Writers take turns, as they do on a file (BEGIN IMMEDIATE): a change reads, checks and
        // writes as one, and readers never wait for it.
        if (auto s = sql.run(QStringLiteral("BEGIN"), {}, QStringLiteral("starting a change")); !s)
            return s;
        if (auto s =
                sql.run(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(FileIdentity::kApplicationId),
                        {}, QStringLiteral("waiting for a colleague's change"));
            !s) {
            (void)sql.run(QStringLiteral("ROLLBACK"), {}, QStringLiteral("undoing an unfinished change"));
            return s;
        }
    } else if (auto s = SqlitePragmas::beginWriting(sql); !s) {
        return s;
    }
    ++m_depth;
    return {};
}

Status Database::commit() {
    if (m_depth == 0)
        return Error::invalid(QStringLiteral("There is no change in progress to save."));
    const QString statement =
        m_depth == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE SAVEPOINT sp%1").arg(m_depth - 1);
    if (auto s = Sql(*this).run(statement, {}, QStringLiteral("saving the change")); !s)
        return s;
    --m_depth;
    return {};
}

Status Database::rollback() {
    if (m_depth == 0)
        return {};
    const QStringList statements =
        m_depth == 1 ? QStringList{QStringLiteral("ROLLBACK")}
                     : QStringList{QStringLiteral("ROLLBACK TO SAVEPOINT sp%1").arg(m_depth - 1),
                                   QStringLiteral("RELEASE SAVEPOINT sp%1").arg(m_depth - 1)};
    const Sql sql(*this);
    Status result;
    for (const QString& statement : statements) {
        if (auto s = sql.run(statement, {}, QStringLiteral("undoing an unfinished change"));
            !s && result.ok())
            result = s;
    }
    --m_depth;
    return result;
}

} // namespace pd::core
