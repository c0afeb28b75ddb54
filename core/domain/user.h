// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/vocabulary.h"

#include <QList>
#include <QString>

namespace pd::core {

/// What a user may do (DESIGN.md, "Storage, sharing and safety").
enum class Role { Officer, Manager, BudgetHolder, SocialWorker, ReadOnly, Admin };

/// Codes as stored in users.role ("budget_holder") and the words people read.
template <> struct Vocabulary<Role> {
    static constexpr Term<Role> terms[] = {
        {Role::Officer, "officer", "Placement officer"},
        {Role::Manager, "manager", "Manager"},
        {Role::BudgetHolder, "budget_holder", "Budget holder"},
        {Role::SocialWorker, "social_worker", "Social worker"},
        {Role::ReadOnly, "read_only", "Read only"},
        {Role::Admin, "admin", "Administrator"},
    };
};

/// A person who uses Placement Desk, identified by their operating-system login.
struct User {
    qint64 id = 0; ///< 0 when the login has no row yet
    QString login;
    QString displayName;
    Role role = Role::ReadOnly;
    bool active = true;
    qint64 rowVersion = 0;

    /// Read-only users (and inactive ones) may look but not change anything.
    bool mayEdit() const { return active && role != Role::ReadOnly; }
    /// Panel decisions and permission to place need a manager (a budget holder and an admin are managers
    /// too).
    bool isManager() const {
        return active && (role == Role::Manager || role == Role::BudgetHolder || role == Role::Admin);
    }
    bool isBudgetHolder() const { return active && (role == Role::BudgetHolder || role == Role::Admin); }
    QString name() const { return displayName.isEmpty() ? login : displayName; }
};

} // namespace pd::core
