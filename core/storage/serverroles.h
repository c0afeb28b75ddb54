// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/user.h"
#include "core/result.h"

#include <QString>

namespace pd::core {

class Database;

/// On a PostgreSQL server the server itself enforces who may write, whatever tool is used
/// (Placement Desk, psql, a spreadsheet's ODBC link): one group role per Placement Desk role
/// (pd_officer, pd_manager, pd_budget_holder, pd_social_worker, pd_read_only, pd_admin), each with
/// the least its work needs: read only reads every table and writes none; the administrator
/// writes every table; the others write every table but the users (who may do what is the
/// administrator's). grantServerRole creates the groups when missing, refreshes their privileges
/// on every table and sequence (run it again after an upgrade adds tables), creates the login
/// when missing (without a password: the server's administrator gives it one, or a certificate)
/// and puts it in exactly one group. With an authority code the login is also listed as that
/// authority's (pd_logins): the server's row-level security then shows it only its authority's
/// referrals, children, placements and invoices; without one, what was listed stays. It needs a
/// server account that may create roles; on a file it is refused.
Status grantServerRole(Database& db, const QString& login, Role role, const QString& authority = {});

/// The server group of a role: pd_ and the role's code ("pd_read_only").
QString serverGroupOf(Role role);

} // namespace pd::core
