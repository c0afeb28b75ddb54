// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/permissions.h"
#include "core/domain/user.h"
#include "core/result.h"

namespace pd::core {

class Database;

/// The users table: operating-system logins mapped to roles.
class UserRepository {
  public:
    explicit UserRepository(Database& db) : m_db(db) {}

    /// The user for a login without writing anything: a login with no row is an admin while the
    /// table is empty (the first user of a new database) and read-only otherwise.
    Result<User> resolve(const QString& login) const;
    /// As resolve(), but stores a login that has no row yet (first user: admin; later: read-only).
    Result<User> signIn(const QString& login);
    /// The user of this connection (Database::userName()), as resolve().
    Result<User> current() const;
    /// Refuses the operation unless the connection's user may do it (core/domain/permissions):
    /// a Forbidden error with the sentence why. Every service calls it before it writes.
    Status requireAllowed(Operation operation) const;
    Result<QList<User>> all() const;
    /// Assigns a role; only an admin may, and the last active admin cannot give the role away.
    Status setRole(qint64 userId, Role role, qint64 expectedVersion);
    /// Adds a login with a role (admin only).
    Result<qint64> add(const QString& login, const QString& displayName, Role role);

  private:
    Result<std::optional<User>> find(const QString& login) const;
    Result<int> count(const QString& where) const;
    Status requireAdmin() const;
    Database& m_db;
};

} // namespace pd::core
