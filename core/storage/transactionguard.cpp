// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/transactionguard.h"

#include "core/storage/database.h"

namespace pd::core {

TransactionGuard::TransactionGuard(Database& db) : m_db(db), m_started(db.begin()) {
    m_done = !m_started.ok();
}

TransactionGuard::~TransactionGuard() {
    if (!m_done)
        (void)m_db.rollback();
}

Status TransactionGuard::commit() {
    if (m_done)
        return m_started.ok() ? Error::invalid(QStringLiteral("This change was already finished."))
                              : m_started;
    auto s = m_db.commit();
    if (!s) {
        (void)m_db.rollback();
    }
    m_done = true;
    return s;
}

} // namespace pd::core
