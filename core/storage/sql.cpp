// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sql.h"

#include "core/storage/database.h"
#include "core/storage/pgdialect.h"
#include "core/storage/statementpool.h"

#include <QSqlError>

namespace pd::core {

Error Sql::errorFrom(const QSqlError& error, const QString& doing) {
    // The driver's own words; Qt's generic suffix ("Unable to fetch row") helps nobody.
    return Database::errorFromText(error.databaseText().isEmpty() ? error.text() : error.databaseText(),
                                   doing);
}

bool Sql::isBusy(const QSqlError& error) {
    const QString text = error.databaseText();
    return text.contains(QLatin1String("locked"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("busy"), Qt::CaseInsensitive);
}

Result<SqlStatement> Sql::prepare(const QString& sql, const QString& doing) const {
    if (m_db.isServer())
        return prepareOnServer(sql, doing);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Preparing reads the schema, which a colleague's save can hold up as long as a read.
    for (int attempt = 1; !q.prepare(sql); ++attempt) {
        if (m_db.transactionDepth() > 0 || attempt == kBusyAttempts || !isBusy(q.lastError()))
            return errorFrom(q.lastError(), doing);
    }
    return SqlStatement(std::move(q), m_db);
}

Result<SqlStatement> Sql::prepareOnServer(const QString& sql, const QString& doing) const {
    bool returnsId = false;
    const QString text = PgDialect::statement(sql, m_db.tablesWithId(), &returnsId);
    if (!PgDialect::canPrepare(text)) { // the server prepares only queries and row changes
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        return SqlStatement(std::move(q), m_db, false, text);
    }
    std::optional<QSqlQuery> kept = m_db.statementPool().take(text);
    if (!kept) {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (!q.prepare(text))
            return errorFrom(q.lastError(), doing);
        kept = std::move(q);
    }
    SqlStatement statement(std::move(*kept), m_db, returnsId);
    statement.m_pooledAs = text;
    return statement;
}

Result<SqlStatement> Sql::query(const QString& sql, const QVariantMap& binds, const QString& doing) const {
    auto statement = prepare(sql, doing);
    if (!statement)
        return statement;
    if (auto s = statement->run(binds, doing); !s)
        return s.error();
    return statement;
}

Status Sql::run(const QString& sql, const QVariantMap& binds, const QString& doing) const {
    auto statement = query(sql, binds, doing);
    if (!statement)
        return statement.error();
    return {};
}

Result<qint64> Sql::execute(const QString& sql, const QVariantMap& binds, const QString& doing) const {
    auto statement = query(sql, binds, doing);
    if (!statement)
        return statement.error();
    return statement->lastInsertId();
}

Result<QVariant> Sql::scalar(const QString& sql, const QVariantMap& binds, const QString& doing) const {
    auto statement = query(sql, binds, doing);
    if (!statement)
        return statement.error();
    if (!statement->next())
        return QVariant();
    return statement->valueAt(0);
}

Result<ReadConnection*> Sql::readConnection() const {
    return m_db.readConnection();
}

} // namespace pd::core
