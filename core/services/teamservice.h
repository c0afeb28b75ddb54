// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/permissions.h"
#include "core/domain/user.h"
#include "core/result.h"

namespace pd::core {

class Database;

/// The team's users and roles: who is signed in, and the administrator's role assignments.
class TeamService {
  public:
    explicit TeamService(Database& db) : m_db(db) {}

    /// The connection's login as a user (the first user of a new database becomes its admin).
    Result<User> signIn();
    Result<User> current() const;
    /// Whether the signed-in user may do the operation: the Forbidden error says why not (for
    /// disabled actions' tooltips).
    Status mayDo(Operation operation) const;
    Result<QList<User>> all() const;
    /// Administrators only; refused if someone changed the user since expectedVersion was read.
    Status setRole(qint64 userId, Role role, qint64 expectedVersion);
    Result<qint64> add(const QString& login, const QString& displayName, Role role);

  private:
    Database& m_db;
};

} // namespace pd::core
