// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sqlstatement.h"

#include "core/storage/database.h"
#include "core/storage/sql.h"

#include <QSqlError>

namespace pd::core {

Status SqlStatement::run(const QVariantMap& binds, const QString& doing) {
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        m_query.bindValue(it.key(), it.value());
    return exec(doing);
}

Status SqlStatement::runPositional(const QVariantList& values, const QString& doing) {
    for (int i = 0; i < values.size(); ++i)
        m_query.bindValue(i, values[i]);
    return exec(doing);
}

Status SqlStatement::exec(const QString& doing) {
    // Outside a transaction a statement that found the file busy has done nothing, so it may wait
    // through a few busy timeouts, as begin() does: on a shared drive a steady stream of colleagues'
    // saves can keep a reader out for longer than one.
    for (int attempt = 1;; ++attempt) {
        if (m_query.exec())
            return {};
        if (m_db->transactionDepth() > 0 || attempt == Sql::kBusyAttempts ||
            !Sql::isBusy(m_query.lastError()))
            return Sql::errorFrom(m_query.lastError(), doing);
    }
}

} // namespace pd::core
