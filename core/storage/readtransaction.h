// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

namespace pd::core {

class ReadConnection;

/// One snapshot for several statements on a ReadConnection, ended when it goes out of scope.
/// Declare it before the statements so they are finished first.
class ReadTransaction {
  public:
    explicit ReadTransaction(ReadConnection& connection);
    ~ReadTransaction();
    Q_DISABLE_COPY_MOVE(ReadTransaction)

    const Status& started() const { return m_started; }

  private:
    ReadConnection& m_connection;
    Status m_started;
};

} // namespace pd::core
