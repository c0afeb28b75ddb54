// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/userrepository.h"

#include "core/storage/database.h"
#include "core/storage/recordwriter.h"
#include "core/storage/transactionguard.h"

namespace pd::core {

namespace {

User userFrom(const QSqlQuery& q) {
    User u;
    u.id = q.value(0).toLongLong();
    u.login = q.value(1).toString();
    u.displayName = q.value(2).toString();
    if (!roleFromName(q.value(3).toString(), &u.role))
        u.role = Role::ReadOnly;
    u.active = q.value(4).toInt() != 0;
    u.rowVersion = q.value(5).toLongLong();
    return u;
}

const QString kColumns = QStringLiteral("id, login, display_name, role, active, row_version");

} // namespace

Result<std::optional<User>> UserRepository::find(const QString& login) const {
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT %1 FROM users WHERE login = :login").arg(kColumns));
    q.bindValue(QStringLiteral(":login"), login);
    if (auto s = m_db.exec(q, QStringLiteral("reading a user")); !s)
        return s.error();
    if (!q.next())
        return std::optional<User>();
    return std::optional<User>(userFrom(q));
}

Result<int> UserRepository::count(const QString& where) const {
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM users WHERE %1").arg(where));
    if (auto s = m_db.exec(q, QStringLiteral("counting users")); !s)
        return s.error();
    q.next();
    return q.value(0).toInt();
}

Result<User> UserRepository::resolve(const QString& login) const {
    auto found = find(login);
    if (!found)
        return found.error();
    if (found->has_value())
        return found->value();
    auto users = count(QStringLiteral("1"));
    if (!users)
        return users.error();
    User u;
    u.login = login;
    u.role = users.value() == 0 ? Role::Admin : Role::ReadOnly;
    return u;
}

Result<User> UserRepository::current() const {
    return resolve(m_db.userName());
}

Result<User> UserRepository::signIn(const QString& login) {
    TransactionGuard tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto user = resolve(login);
    if (!user)
        return user.error();
    if (user->id == 0) {
        auto id = RecordWriter(m_db).insert(
            QStringLiteral("users"),
            {{QStringLiteral("login"), login}, {QStringLiteral("role"), roleName(user->role)}});
        if (!id)
            return id.error();
        user->id = id.value();
        user->rowVersion = 1;
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return user.value();
}

Result<QList<User>> UserRepository::all() const {
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT %1 FROM users ORDER BY login").arg(kColumns));
    if (auto s = m_db.exec(q, QStringLiteral("listing users")); !s)
        return s.error();
    QList<User> out;
    while (q.next())
        out << userFrom(q);
    return out;
}

Status UserRepository::requireAdmin() const {
    auto me = current();
    if (!me)
        return me.error();
    if (me->role != Role::Admin || !me->active)
        return Error::forbidden(QStringLiteral("Only an administrator can assign roles; %1 is %2.")
                                    .arg(me->login, roleLabel(me->role).toLower()));
    return {};
}

Status UserRepository::setRole(qint64 userId, Role role, qint64 expectedVersion) {
    TransactionGuard tx(m_db);
    if (!tx.started())
        return tx.started();
    if (auto s = requireAdmin(); !s)
        return s;
    if (role != Role::Admin) {
        QSqlQuery q = m_db.prepare(QStringLiteral("SELECT role FROM users WHERE id = :id"));
        q.bindValue(QStringLiteral(":id"), userId);
        if (auto s = m_db.exec(q, QStringLiteral("reading a user")); !s)
            return s;
        auto admins = count(QStringLiteral("role = 'admin' AND active = 1"));
        if (!admins)
            return admins.error();
        if (q.next() && q.value(0).toString() == QLatin1String("admin") && admins.value() <= 1)
            return Error::refused(
                QStringLiteral("This is the last administrator: make someone else an "
                               "administrator first, so that roles can still be assigned."));
    }
    if (auto s = RecordWriter(m_db).update(QStringLiteral("users"), userId, expectedVersion,
                                           {{QStringLiteral("role"), roleName(role)}});
        !s)
        return s;
    return tx.commit();
}

Result<qint64> UserRepository::add(const QString& login, const QString& displayName, Role role) {
    TransactionGuard tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto users = count(QStringLiteral("1"));
    if (!users)
        return users.error();
    if (users.value() > 0)
        if (auto s = requireAdmin(); !s)
            return s.error();
    const QString clean = login.trimmed().toLower();
    if (clean.isEmpty())
        return Error::invalid(QStringLiteral("Give the person's login name (as they sign in to Windows)."));
    auto id = RecordWriter(m_db).insert(
        QStringLiteral("users"),
        {{QStringLiteral("login"), clean},
         {QStringLiteral("display_name"), displayName.trimmed().isEmpty() ? clean : displayName.trimmed()},
         {QStringLiteral("role"), roleName(role)}});
    if (!id)
        return id.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id.value();
}

} // namespace pd::core
