// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/testserver.h"

#include "core/domain/serveraddress.h"
#include "core/storage/database.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <stdexcept>

namespace pd::test {

namespace {

/// A short-lived administrative session (failures throw: Catch reports them as the test's failure) on the
/// server's own database.
class AdminSession {
  public:
    AdminSession() {
        static QAtomicInt counter;
        m_name = QStringLiteral("pd-test-admin-%1").arg(counter.fetchAndAddRelaxed(1));
        if (!TestServer::openQtSql(m_name, TestServer::baseUrl()))
            throw std::runtime_error(
                ("cannot reach the test server at " + TestServer::baseUrl()).toStdString());
        run(QStringLiteral("SET client_min_messages = warning")); // no notice per dropped database
    }
    ~AdminSession() {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    void run(const QString& sql) {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql))
            throw std::runtime_error((q.lastError().text() + " (in: " + sql + ")").toStdString());
    }

  private:
    QString m_name;
};

} // namespace

QString TestServer::baseUrl() {
    static const QString url = qEnvironmentVariable("PD_TEST_DB_URL");
    return url;
}

QString TestServer::createDatabase() {
    static QAtomicInt counter;
    const QString name = QStringLiteral("pd_t_%1_%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(counter.fetchAndAddRelaxed(1));
    AdminSession admin;
    admin.run(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    admin.run(QStringLiteral("CREATE DATABASE %1").arg(name));
    auto address = core::ServerAddress::parse(baseUrl());
    return address->withDatabase(name);
}

void TestServer::dropDatabase(const QString& url) {
    auto address = core::ServerAddress::parse(url);
    if (!address)
        return;
    AdminSession admin;
    admin.run(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(address->database));
}

bool TestServer::openQtSql(const QString& name, const QString& path) {
    if (!core::ServerAddress::isServer(path)) {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(path);
        c.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(core::Database::kBusyTimeoutMs));
        return c.open();
    }
    auto address = core::ServerAddress::parse(path);
    if (!address)
        return false;
    QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    c.setHostName(address->host);
    c.setPort(address->port);
    c.setUserName(address->user);
    c.setPassword(address->password);
    c.setDatabaseName(address->database);
    return c.open();
}

} // namespace pd::test
