// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/serverroles.h"

#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"
#include "core/storage/transactionguard.h"

#include <QRegularExpression>

namespace pd::core {

namespace {

constexpr Role kRoles[] = {Role::Officer,      Role::Manager,  Role::BudgetHolder,
                           Role::SocialWorker, Role::ReadOnly, Role::Admin};

// Which tables a role changes, from who may do what (core/domain/permissions.cpp) and which tables
// each operation's service writes. A social worker writes and imports referrals (a child the file
// does not know is added), records the choice of option, reviews and pre-disruption meetings (a
// meeting counts in its provider's history, by trigger).
const char* const kSocialWorkerWrites =
    "audit_log, referrals, referral_children, referral_transitions, children, placement_choices, "
    "placement_reviews, review_ratings, disruption_meetings, provider_history";
// An officer changes everything a social worker does and the register, offers, placements and
// invoices, but not what is a manager's or budget holder's: budgets, the matching settings and
// targets, contracts with providers and placement contracts (a fee is money).
const char* const kNotOfficers =
    "budget_lines, budgets, settings, provider_contracts, placement_contracts, contract_outcomes";

/// The privileges of one group, refreshed from nothing: every table exists by now. Everyone reads
/// every table (row-level security decides which rows); writing is by role.
QStringList privilegesOf(Role role) {
    const QString group = serverGroupOf(role);
    QStringList out{QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %1").arg(group),
                    QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM %1").arg(group),
                    QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(group),
                    QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(group)};
    if (role == Role::ReadOnly)
        return out;
    out << QStringLiteral("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %1").arg(group);
    if (role == Role::SocialWorker)
        return out << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2")
                          .arg(QLatin1String(kSocialWorkerWrites), group);
    out << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1").arg(group);
    if (role == Role::Officer)
        out << QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON %1 FROM %2")
                   .arg(QLatin1String(kNotOfficers), group);
    if (role != Role::Admin)
        out << QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON users, pd_schema, pd_logins FROM %1")
                   .arg(group);
    else
        out << QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON pd_schema FROM %1").arg(group);
    return out;
}

} // namespace

QString serverGroupOf(Role role) {
    return QStringLiteral("pd_") + code(role);
}

Status grantServerRole(Database& db, const QString& login, Role role, const QString& authority) {
    if (!db.isServer())
        return Error::refused(
            QStringLiteral("Server roles belong to a database on a PostgreSQL server; a file "
                           "has no logins of its own (its users are in Tools › Team)."));
    // A login is put into SQL as a name, which cannot be a parameter: only plain names pass.
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!plain.match(login).hasMatch() || login.startsWith(QLatin1String("pd_")) ||
        login.startsWith(QLatin1String("pg_")))
        return Error::invalid(
            QStringLiteral("A server login is written in small letters, digits and _ (at most 63, "
                           "not starting with a digit, pd_ or pg_); '%1' is not.")
                .arg(login));
    static const QRegularExpression authorityCode(QStringLiteral("^[A-Za-z0-9_-]{1,20}$"));
    if (!authority.isEmpty() && !authorityCode.match(authority).hasMatch())
        return Error::invalid(
            QStringLiteral("An authority is a short code of letters, digits, - and _ (at most 20, "
                           "such as its SSDA903 LA code); '%1' is not.")
                .arg(authority));
    const Sql sql(db);
    const QString doing = QStringLiteral("giving %1 the role %2 on the server").arg(login, code(role));
    TransactionGuard tx(db);
    if (!tx.started())
        return tx.started();
    // "no privileges could be revoked" and the like are expected on a second run: not news.
    if (auto s = sql.run(QStringLiteral("SET LOCAL client_min_messages = error"), {}, doing); !s)
        return s;
    for (Role r : kRoles) {
        const QString group = serverGroupOf(r);
        auto exists = sql.scalar(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = :r"),
                                 {{QStringLiteral(":r"), group}}, doing);
        if (!exists)
            return exists.error();
        if (exists->toInt() == 0)
            if (auto s = sql.run(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(group), {}, doing); !s)
                return s;
        for (const QString& statement : privilegesOf(r))
            if (auto s = sql.run(statement, {}, doing); !s)
                return s;
    }
    auto known = sql.scalar(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = :r"),
                            {{QStringLiteral(":r"), login}}, doing);
    if (!known)
        return known.error();
    if (known->toInt() == 0)
        if (auto s = sql.run(QStringLiteral("CREATE ROLE %1 LOGIN").arg(login), {}, doing); !s)
            return s;
    for (Role r : kRoles)
        if (auto s = sql.run(QStringLiteral("%1 %2 %3 %4")
                                 .arg(r == role ? QStringLiteral("GRANT") : QStringLiteral("REVOKE"),
                                      serverGroupOf(r),
                                      r == role ? QStringLiteral("TO") : QStringLiteral("FROM"), login),
                             {}, doing);
            !s)
            return s;
    if (!authority.isEmpty())
        if (auto s =
                sql.run(QStringLiteral("INSERT INTO pd_logins (login, authority) VALUES (:l, :a) "
                                       "ON CONFLICT (login) DO UPDATE SET authority = excluded.authority"),
                        {{QStringLiteral(":l"), login}, {QStringLiteral(":a"), authority}}, doing);
            !s)
            return s;
    if (auto s = AuditLog(db).record(
            QStringLiteral("server_roles"), 0, QStringLiteral("grant"), login, QVariant(),
            authority.isEmpty() ? code(role) : code(role) + QStringLiteral(" of ") + authority);
        !s)
        return s;
    return tx.commit();
}

} // namespace pd::core
