// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/referral.h"
#include "core/domain/user.h"

namespace pd::core {
class Database;
struct DecisionWork;
} // namespace pd::core

namespace pd::test {

/// A referral with every mandatory field and every quality-check rule satisfied.
core::Referral completeReferral();
/// Adds a users row directly (test set-up; the product goes through UserRepository).
qint64 addUser(core::Database& db, const QString& login, core::Role role);
/// Adds a provider, a provision and `count` open offers for the referral, marked as meeting
/// (or not) every essential criterion.
void addOffers(core::Database& db, qint64 referralId, int count, bool meetsEssential = true);
/// Stores, directly, the work each decision event stands for (an offer, an options paper, the
/// social worker's choice, a placement of a new child) for the referral: set-up for workflow cases.
core::DecisionWork addDecisionWork(core::Database& db, qint64 referralId);

} // namespace pd::test
