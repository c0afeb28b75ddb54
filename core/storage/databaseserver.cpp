// SPDX-License-Identifier: GPL-3.0-or-later
// Database's PostgreSQL half: opening a server database and bringing its schema up to date.
#include "core/domain/oslogin.h"
#include "core/storage/database.h"
#include "core/storage/readconnection.h"
#include "core/storage/serverconnection.h"
#include "core/storage/sql.h"
#include "core/storage/statementpool.h"

namespace pd::core {

Result<std::unique_ptr<Database>> Database::openServer(const QString& url, const Options& options,
                                                       const QList<Migration>& migrations) {
    auto address = ServerAddress::parse(url);
    if (!address)
        return address.error();
    auto name = ServerConnection::open(address.value());
    if (!name)
        return name.error();
    std::unique_ptr<Database> db(new Database);
    db->m_engine = Engine::Server;
    db->m_server = address.value();
    db->m_path = url;
    db->m_connectionName = name.value();
    // On a server the login is the server account's: who the audit log names.
    db->m_userName = address->user.isEmpty() ? operatingSystemLogin() : address->user;
    db->m_mode = JournalMode::Shared;
    db->m_pool = std::make_unique<StatementPool>();
    if (auto s = db->initialiseServer(options, migrations); !s)
        return s.error();
    return db;
}

Status Database::initialiseServer(const Options& options, const QList<Migration>& migrations) {
    const Sql sql(*this);
    const QString doing = QStringLiteral("reading what %1 holds").arg(m_server.displayName());
    auto ours = sql.scalar(QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE "
                                          "table_schema = current_schema() AND table_name = 'pd_schema'"),
                           {}, doing);
    if (!ours)
        return ours.error();
    auto tables = sql.scalar(QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE "
                                            "table_schema = current_schema()"),
                             {}, doing);
    if (!tables)
        return tables.error();
    const bool isNew = ours->toInt() == 0;
    if (isNew && tables->toInt() > 0)
        return Error::refused(QStringLiteral("The database %1 holds %2 tables of another program and no "
                                             "Placement Desk schema. Nothing was changed: give Placement "
                                             "Desk a database of its own.")
                                  .arg(m_server.displayName())
                                  .arg(tables->toInt()));
    if (isNew && (!options.create || options.readOnly))
        return Error::notFound(QStringLiteral("The database %1 is empty. Create it with 'placement-desk demo "
                                              "--db %1' or 'placement-desk migrate --to %1'.")
                                   .arg(m_server.displayName()));
    m_createdNow = isNew;
    if (isNew) {
        if (auto s = sql.run(QStringLiteral("CREATE TABLE pd_schema (version INTEGER PRIMARY KEY, name TEXT "
                                            "NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"),
                             {}, QStringLiteral("marking the database as Placement Desk's"));
            !s)
            return s;
    }
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    if (schemaVersion() > latest)
        return Error::refused(QStringLiteral("The database %1 was made by a newer Placement Desk (schema "
                                             "version %2; this one knows %3). Install the newer version.")
                                  .arg(m_server.displayName())
                                  .arg(schemaVersion())
                                  .arg(latest));
    if (schemaVersion() < latest && options.migrate && !options.readOnly)
        for (const Migration& m : migrations)
            if (m.version > schemaVersion())
                if (auto s = apply(m); !s)
                    return s;
    auto withId = sql.query(QStringLiteral("SELECT table_name FROM information_schema.columns WHERE "
                                           "table_schema = current_schema() AND column_name = 'id'"),
                            {}, doing);
    if (!withId)
        return withId.error();
    while (withId->next())
        m_tablesWithId.insert(withId->valueAt(0).toString());
    if (options.readOnly)
        return sql.run(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"), {}, doing);
    return {};
}

} // namespace pd::core
