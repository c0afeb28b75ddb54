// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef PD_STORAGE_INTERNAL
#error                                                                                                       \
    "core/storage/serverconnection.h is storage-internal: SQL stays in core/storage (docs/architecture.md)."
#endif

#include "core/result.h"

#include <QString>

class QSqlError;

namespace pd::core {

struct ServerAddress;

/// QtSql's PostgreSQL driver (QPSQL): opening a session, and the server's words for a failure
/// turned into a sentence that says what to do.
class ServerConnection {
  public:
    /// Opens a session and returns its QtSql connection name.
    static Result<QString> open(const ServerAddress& address);
    static void close(const QString& connectionName);
    static Error errorFrom(const QSqlError& error, const QString& doing);
    static Error errorFromText(const QString& text, const QString& doing);
};

} // namespace pd::core
