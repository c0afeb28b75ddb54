// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

namespace pd::core {

class Database;

/// Starts a (possibly nested) transaction and rolls it back unless commit() is called.
class TransactionGuard {
  public:
    explicit TransactionGuard(Database& db);
    ~TransactionGuard();
    Q_DISABLE_COPY_MOVE(TransactionGuard)

    /// False when the transaction could not start (e.g. the file stayed locked).
    const Status& started() const { return m_started; }
    Status commit();

  private:
    Database& m_db;
    Status m_started;
    bool m_done = false;
};

} // namespace pd::core
