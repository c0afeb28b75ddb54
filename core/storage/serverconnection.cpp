// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/serverconnection.h"

#include "core/domain/serveraddress.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>

namespace pd::core {

Result<QString> ServerConnection::open(const ServerAddress& address) {
    static QAtomicInt counter;
    const QString name = QStringLiteral("pd-server-%1").arg(counter.fetchAndAddRelaxed(1));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error::storage(QStringLiteral("This installation cannot reach a PostgreSQL server: Qt's "
                                             "PostgreSQL driver is missing. Install the package "
                                             "libqt6sql6-psql (Windows: qsqlpsql.dll with libpq)."));
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        c.setHostName(address.host);
        c.setPort(address.port);
        c.setUserName(address.user);
        c.setPassword(address.password);
        c.setDatabaseName(address.database);
        c.setConnectOptions(address.options);
        if (!c.open()) {
            const Error e =
                errorFrom(c.lastError(), QStringLiteral("connecting to %1").arg(address.displayName()));
            c = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return e;
        }
    }
    return name;
}

void ServerConnection::close(const QString& connectionName) {
    {
        QSqlDatabase c = QSqlDatabase::database(connectionName, false);
        if (c.isOpen())
            c.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

Error ServerConnection::errorFrom(const QSqlError& error, const QString& doing) {
    return errorFromText(error.databaseText().isEmpty() ? error.text() : error.databaseText(), doing);
}

Error ServerConnection::errorFromText(const QString& text, const QString& doing) {
    const QString t = text.trimmed();
    const auto has = [&](const char* words) { return t.contains(QLatin1String(words), Qt::CaseInsensitive); };
    if (has("Connection refused") || has("could not connect") || has("could not translate host name") ||
        has("timeout expired") || has("server closed the connection"))
        return Error::storage(QStringLiteral("The database server cannot be reached while %1 (%2). Check "
                                             "the network and the address, or ask whoever runs the server.")
                                  .arg(doing, t));
    if (has("password authentication failed") || has("no pg_hba.conf entry") ||
        (has("role \"") && has("does not exist")))
        return Error::refused(QStringLiteral("The database server did not accept your login while %1 (%2). "
                                             "Check the user name and password in the address.")
                                  .arg(doing, t));
    if (has("database \"") && has("does not exist"))
        return Error::notFound(QStringLiteral("The server has no such database while %1 (%2). Check the "
                                              "name, or ask whoever runs the server to create it.")
                                   .arg(doing, t));
    if (has("permission denied") || has("row-level security") || has("in-house service of authority"))
        return Error::refused(QStringLiteral("The database server does not let your login do this while "
                                             "%1 (%2). Nothing was changed.")
                                  .arg(doing, t));
    if (has("could not serialize") || has("deadlock detected") || has("lock timeout"))
        return Error::storage(QStringLiteral("The database is busy (a colleague is saving) while %1. "
                                             "Nothing was changed; try again in a moment.")
                                  .arg(doing));
    if (has("read-only transaction"))
        return Error::storage(QStringLiteral("The database cannot be written while %1 (%2).").arg(doing, t));
    return Error::storage(QStringLiteral("Database error while %1: %2").arg(doing, t));
}

} // namespace pd::core
