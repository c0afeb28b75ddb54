// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/userrepository.h"

#include "core/storage/database.h"
#include "core/storage/recordwriter.h"
#include "core/storage/sql.h"
#include "core/storage/transactionguard.h"

namespace pd::core {

namespace {

User userFrom(const SqlRow& row) {
    User u;
    u.id = row.integer("id");
    u.login = row.text("login");
    u.displayName = row.text("display_name");
    u.role = fromCode<Role>(row.text("role")).value_or(Role::ReadOnly);
    u.active = row.flag("active");
    u.rowVersion = row.integer("row_version");
    return u;
}

const QString kColumns = QStringLiteral("id, login, display_name, role, active, row_version");

} // namespace

Result<std::optional<User>> UserRepository::find(const QString& login) const {
    // Case-blind on both engines (the file's column is NOCASE; the server's index is on lower()).
    auto row = Sql(m_db).query(
        QStringLiteral("SELECT %1 FROM users WHERE lower(login) = lower(:login)").arg(kColumns),
        {{QStringLiteral(":login"), login}}, QStringLiteral("reading a user"));
    if (!row)
        return row.error();
    if (!row->next())
        return std::optional<User>();
    return std::optional<User>(userFrom(*row));
}

Result<int> UserRepository::count(const QString& where) const {
    auto n = Sql(m_db).scalar(QStringLiteral("SELECT COUNT(*) FROM users WHERE %1").arg(where), {},
                              QStringLiteral("counting users"));
    if (!n)
        return n.error();
    return n->toInt();
}

Result<User> UserRepository::resolve(const QString& login) const {
    auto found = find(login);
    if (!found)
        return found.error();
    if (found->has_value())
        return found->value();
    auto users = count(QStringLiteral("1 = 1"));
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

Status UserRepository::requireAllowed(Operation operation) const {
    auto user = current();
    if (!user)
        return user.error();
    const QString why = refusalReason(operation, user.value());
    if (!why.isEmpty())
        return Error::forbidden(why);
    return {};
}

Result<User> UserRepository::signIn(const QString& login) {
    TransactionGuard tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto user = resolve(login);
    if (!user)
        return user.error();
    if (user->id == 0) {
        auto id =
            RecordWriter(m_db).insert(QStringLiteral("users"), {{QStringLiteral("login"), login},
                                                                {QStringLiteral("role"), code(user->role)}});
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
    auto rows = Sql(m_db).query(QStringLiteral("SELECT %1 FROM users ORDER BY login").arg(kColumns), {},
                                QStringLiteral("listing users"));
    if (!rows)
        return rows.error();
    QList<User> out;
    while (rows->next())
        out << userFrom(*rows);
    return out;
}

Status UserRepository::requireAdmin() const {
    auto me = current();
    if (!me)
        return me.error();
    if (me->role != Role::Admin || !me->active)
        return Error::forbidden(QStringLiteral("Only an administrator can assign roles; %1 is %2.")
                                    .arg(me->login, label(me->role).toLower()));
    return {};
}

Status UserRepository::setRole(qint64 userId, Role role, qint64 expectedVersion) {
    TransactionGuard tx(m_db);
    if (!tx.started())
        return tx.started();
    if (auto s = requireAdmin(); !s)
        return s;
    if (role != Role::Admin) {
        auto was = Sql(m_db).scalar(QStringLiteral("SELECT role FROM users WHERE id = :id"),
                                    {{QStringLiteral(":id"), userId}}, QStringLiteral("reading a user"));
        if (!was)
            return was.error();
        auto admins = count(QStringLiteral("role = 'admin' AND active = 1"));
        if (!admins)
            return admins.error();
        if (was->toString() == QLatin1String("admin") && admins.value() <= 1)
            return Error::refused(
                QStringLiteral("This is the last administrator: make someone else an "
                               "administrator first, so that roles can still be assigned."));
    }
    if (auto s = RecordWriter(m_db).update(QStringLiteral("users"), userId, expectedVersion,
                                           {{QStringLiteral("role"), code(role)}});
        !s)
        return s;
    return tx.commit();
}

Result<qint64> UserRepository::add(const QString& login, const QString& displayName, Role role) {
    TransactionGuard tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto users = count(QStringLiteral("1 = 1"));
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
         {QStringLiteral("role"), code(role)}});
    if (!id)
        return id.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id.value();
}

} // namespace pd::core
