// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

namespace pd::core {

/// A PostgreSQL server database named the way every command and the GUI take it in place of a
/// file: postgresql://[user[:password]@]host[:port]/dbname[?sslmode=require&connect_timeout=10].
/// Anything else given as --db is a file.
struct ServerAddress {
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;
    QString options; ///< QPSQL connect options (sslmode, connect_timeout), ';'-separated

    /// Whether text names a server rather than a file.
    static bool isServer(const QString& text);
    /// The address in text; a sentence that says what is wrong with it.
    static Result<ServerAddress> parse(const QString& text);
    /// The address as a URL without the password (for titles, logs and messages).
    QString displayName() const;
    /// How to show a --db location to a person: a server's address without its password, or a
    /// file's full path in the system's own spelling.
    static QString shown(const QString& location);
    /// The address as a URL with another database name (the tests' and migrate's own databases).
    QString withDatabase(const QString& name) const;
};

} // namespace pd::core
