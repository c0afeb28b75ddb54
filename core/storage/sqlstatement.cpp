// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sqlstatement.h"

#include "core/storage/database.h"
#include "core/storage/sql.h"
#include "core/storage/statementpool.h"

#include <QSqlError>
#include <utility>

namespace pd::core {

SqlStatement::SqlStatement(SqlStatement&& other) noexcept
    : SqlRow(std::move(other)), m_db(other.m_db), m_returnsId(other.m_returnsId),
      m_returnedId(other.m_returnedId), m_direct(std::move(other.m_direct)),
      m_pooledAs(std::exchange(other.m_pooledAs, QString())) {}

SqlStatement::~SqlStatement() {
    if (!m_pooledAs.isEmpty())
        m_db->statementPool().giveBack(m_pooledAs, std::move(m_query));
}

Status SqlStatement::run(const QVariantMap& binds, const QString& doing) {
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        m_query.bindValue(it.key(), stored(it.value()));
    return exec(doing);
}

Status SqlStatement::runPositional(const QVariantList& values, const QString& doing) {
    for (int i = 0; i < values.size(); ++i)
        m_query.bindValue(i, stored(values[i]));
    return exec(doing);
}

Status SqlStatement::exec(const QString& doing) {
    // Outside a transaction a statement that found the file busy has done nothing, so it may wait
    // through a few busy timeouts, as begin() does: on a shared drive a steady stream of colleagues'
    // saves can keep a reader out for longer than one.
    for (int attempt = 1;; ++attempt) {
        if (m_direct.isEmpty() ? m_query.exec() : m_query.exec(m_direct)) {
            if (m_returnsId)
                m_returnedId = m_query.next() ? m_query.value(0).toLongLong() : 0;
            return {};
        }
        if (m_db->transactionDepth() > 0 || attempt == Sql::kBusyAttempts ||
            !Sql::isBusy(m_query.lastError()))
            return Sql::errorFrom(m_query.lastError(), doing);
    }
}

QVariant SqlStatement::stored(const QVariant& value) const {
    if (!m_db->isServer() || value.isNull())
        return value;
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? 1 : 0;
    case QMetaType::QDateTime: // as QSQLITE writes it, so both engines hold the same text
        return value.toDateTime().toString(Qt::ISODateWithMs);
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QTime:
        return value.toTime().toString(QStringLiteral("hh:mm:ss.zzz"));
    default:
        return value;
    }
}

} // namespace pd::core
