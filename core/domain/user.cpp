// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/user.h"

namespace pd::core {

namespace {

struct RoleInfo {
    Role role;
    const char* name;
    const char* label;
};

constexpr RoleInfo kRoles[] = {
    {Role::Officer, "officer", "Placement officer"},
    {Role::Manager, "manager", "Manager"},
    {Role::BudgetHolder, "budget_holder", "Budget holder"},
    {Role::SocialWorker, "social_worker", "Social worker"},
    {Role::ReadOnly, "read_only", "Read only"},
    {Role::Admin, "admin", "Administrator"},
};

} // namespace

QString roleName(Role role) {
    for (const auto& r : kRoles)
        if (r.role == role)
            return QString::fromLatin1(r.name);
    return {};
}

QString roleLabel(Role role) {
    for (const auto& r : kRoles)
        if (r.role == role)
            return QString::fromLatin1(r.label);
    return {};
}

bool roleFromName(const QString& name, Role* role) {
    for (const auto& r : kRoles)
        if (name == QLatin1String(r.name)) {
            *role = r.role;
            return true;
        }
    return false;
}

QList<Role> allRoles() {
    QList<Role> out;
    for (const auto& r : kRoles)
        out << r.role;
    return out;
}

} // namespace pd::core
