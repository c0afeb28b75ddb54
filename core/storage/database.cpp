// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/database.h"

#include "core/domain/oslogin.h"
#include "core/storage/sqlitereadconnection.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>

namespace pd::core {

namespace {

QString nextConnectionName() {
    static QAtomicInt counter;
    return QStringLiteral("pd-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

bool Database::isBusy(const QSqlError& error) {
    const QString text = error.databaseText();
    return text.contains(QLatin1String("locked"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("busy"), Qt::CaseInsensitive);
}

Error Database::errorFrom(const QSqlError& error, const QString& doing) {
    // The driver's own words; Qt's generic suffix ("Unable to fetch row") helps nobody.
    return errorFromText(error.databaseText().isEmpty() ? error.text() : error.databaseText(), doing);
}

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
    return Error::storage(QStringLiteral("Database error while %1: %2").arg(doing, text.trimmed()));
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const Options& options) {
    return open(path, options, builtInMigrations());
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const Options& options,
                                                 const QList<Migration>& migrations) {
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
            return errorFrom(c.lastError(), QStringLiteral("opening %1").arg(QDir::toNativeSeparators(path)));
    }
    if (auto s = db->initialise(options, !exists, migrations); !s)
        return s.error();
    return db;
}

Status Database::initialise(const Options& options, bool isNew, const QList<Migration>& migrations) {
    // Reading the schema is the first thing that touches the file: garbage fails here.
    if (auto s = exec(QStringLiteral("PRAGMA schema_version"), QStringLiteral("reading the file")); !s)
        return s;
    if (auto s = exec(QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("enabling foreign keys"));
        !s)
        return s;

    if (isNew && !options.readOnly) {
        if (auto s = setMode(options.newFileMode); !s)
            return s;
    } else {
        QSqlQuery q = prepare(QStringLiteral("PRAGMA journal_mode"));
        if (auto s = exec(q, QStringLiteral("reading the journal mode")); !s)
            return s;
        q.next();
        m_mode = q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0
                     ? JournalMode::Local
                     : JournalMode::Shared;
        q.finish();
    }
    if (m_mode == JournalMode::Local)
        (void)exec(QStringLiteral("PRAGMA synchronous = NORMAL"), QStringLiteral("setting synchronous"));

    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    const int current = schemaVersion();
    if (current > latest)
        return Error::refused(QStringLiteral("%1 was written by a newer version of Placement Desk (schema "
                                             "version %2; this program knows up to %3). Install the newer "
                                             "version, or open another file. The file was not changed.")
                                  .arg(QDir::toNativeSeparators(m_path))
                                  .arg(current)
                                  .arg(latest));
    if (current == latest || !options.migrate || options.readOnly)
        return {};

    for (const Migration& m : migrations) {
        if (m.version <= schemaVersion())
            continue;
        if (auto s = begin(); !s)
            return s;
        const QString doing =
            QStringLiteral("upgrading the database to version %1 (%2)").arg(m.version).arg(m.name);
        for (const QString& statement : splitSqlStatements(m.sql)) {
            if (auto s = exec(statement, doing); !s) {
                (void)rollback();
                return s;
            }
        }
        if (auto s = exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version), doing); !s) {
            (void)rollback();
            return s;
        }
        if (auto s = commit(); !s)
            return s;
    }
    return {};
}

Database::~Database() {
    m_reader.reset(); // the writing connection closes last (it tidies the WAL away)
    {
        QSqlDatabase c = QSqlDatabase::database(m_connectionName, false);
        if (c.isOpen())
            c.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<ReadConnection*> Database::readConnection() {
    if (m_depth > 0)
        return Error::invalid(
            QStringLiteral("Placement Desk cannot read the register or the measures while a change is "
                           "being saved on the same connection (they would not see the change). "
                           "Nothing was read."));
    if (m_path == QLatin1String(":memory:"))
        return Error::refused(
            QStringLiteral("An in-memory database cannot be read by a second connection; open a "
                           "database file to read the register or the measures."));
    if (!m_reader) {
        // A read-only connection cannot undo a save another PC left unfinished; this one can.
        auto opened = SqliteReadConnection::open(m_path, kBusyTimeoutMs, [this] {
            return exec(QStringLiteral("PRAGMA schema_version"),
                        QStringLiteral("undoing a colleague's unfinished save"));
        });
        if (!opened)
            return opened.error();
        m_reader = std::move(opened.value());
    }
    return m_reader.get();
}

QSqlDatabase Database::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery Database::prepare(const QString& sql) const {
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    // Preparing reads the schema, which a colleague's save can hold up as long as a read.
    for (int attempt = 1; !q.prepare(sql); ++attempt) {
        if (m_depth > 0 || attempt == kBusyAttempts || !isBusy(q.lastError()))
            break;
    }
    return q;
}

Status Database::exec(QSqlQuery& query, const QString& doing) const {
    // Outside a transaction a statement that found the file busy has done nothing, so it may wait
    // through a few busy timeouts, as begin() does: on a shared drive a steady stream of colleagues'
    // saves can keep a reader out for longer than one.
    for (int attempt = 1;; ++attempt) {
        if (query.exec())
            return {};
        if (m_depth > 0 || attempt == kBusyAttempts || !isBusy(query.lastError()))
            return errorFrom(query.lastError(), doing);
    }
}

Status Database::exec(const QString& sql, const QString& doing) const {
    QSqlQuery q(connection());
    for (int attempt = 1;; ++attempt) {
        if (q.exec(sql))
            return {};
        if (m_depth > 0 || attempt == kBusyAttempts || !isBusy(q.lastError()))
            return errorFrom(q.lastError(), doing);
    }
}

int Database::schemaVersion() const {
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Status Database::setMode(JournalMode mode) {
    if (m_depth > 0)
        return Error::invalid(QStringLiteral("The database mode cannot change inside a transaction."));
    m_reader.reset(); // leaving WAL needs the file to itself; readers reopen on next use
    const QString sql = mode == JournalMode::Local ? QStringLiteral("PRAGMA journal_mode = WAL")
                                                   : QStringLiteral("PRAGMA journal_mode = DELETE");
    QSqlQuery q(connection());
    if (!q.exec(sql))
        return errorFrom(q.lastError(), QStringLiteral("changing the database mode"));
    q.next();
    const QString got = q.value(0).toString().toLower();
    q.finish();
    const bool isWal = got == QLatin1String("wal");
    if (isWal != (mode == JournalMode::Local))
        return Error::storage(
            QStringLiteral("The database mode could not be changed (SQLite answered '%1'). "
                           "Close Placement Desk on other PCs using this file and try again.")
                .arg(got));
    m_mode = mode;
    return {};
}

Status Database::begin() {
    if (m_depth > 0) {
        if (auto s = exec(QStringLiteral("SAVEPOINT sp%1").arg(m_depth), QStringLiteral("starting a change"));
            !s)
            return s;
        ++m_depth;
        return {};
    }
    // On a busy shared drive one busy timeout may pass while colleagues queue ahead of us:
    // wait through a few before telling the user (nothing has been written yet, so retrying is safe).
    Status status;
    for (int attempt = 0; attempt < kBusyAttempts; ++attempt) {
        QSqlQuery q(connection());
        if (q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            ++m_depth;
            return {};
        }
        status = errorFrom(q.lastError(), QStringLiteral("starting a change"));
        if (!isBusy(q.lastError()))
            break;
    }
    return status;
}

Status Database::commit() {
    if (m_depth == 0)
        return Error::invalid(QStringLiteral("There is no change in progress to save."));
    const QString sql =
        m_depth == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE SAVEPOINT sp%1").arg(m_depth - 1);
    if (auto s = exec(sql, QStringLiteral("saving the change")); !s)
        return s;
    --m_depth;
    return {};
}

Status Database::rollback() {
    if (m_depth == 0)
        return {};
    const QString sql =
        m_depth == 1 ? QStringLiteral("ROLLBACK")
                     : QStringLiteral("ROLLBACK TO SAVEPOINT sp%1; RELEASE SAVEPOINT sp%1").arg(m_depth - 1);
    Status result;
    for (const QString& statement : sql.split(QStringLiteral("; "))) {
        if (auto s = exec(statement, QStringLiteral("undoing an unfinished change")); !s && result.ok())
            result = s;
    }
    --m_depth;
    return result;
}

} // namespace pd::core
