// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/teamservice.h"

#include "core/storage/database.h"
#include "core/storage/userrepository.h"

namespace pd::core {

Result<User> TeamService::signIn() {
    return UserRepository(m_db).signIn(m_db.userName());
}

Result<User> TeamService::current() const {
    return UserRepository(m_db).current();
}

Status TeamService::mayDo(Operation operation) const {
    return UserRepository(m_db).requireAllowed(operation);
}

Result<QList<User>> TeamService::all() const {
    return UserRepository(m_db).all();
}

Status TeamService::setRole(qint64 userId, Role role, qint64 expectedVersion) {
    if (auto s = UserRepository(m_db).requireAllowed(Operation::ManageUsers); !s)
        return s;
    return UserRepository(m_db).setRole(userId, role, expectedVersion);
}

Result<qint64> TeamService::add(const QString& login, const QString& displayName, Role role) {
    if (auto s = UserRepository(m_db).requireAllowed(Operation::ManageUsers); !s)
        return s.error();
    return UserRepository(m_db).add(login, displayName, role);
}

} // namespace pd::core
