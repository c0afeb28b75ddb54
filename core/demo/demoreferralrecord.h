// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/demo/democontext.h"
#include "core/domain/referral.h"

namespace pd::core {

/// A complete, believable referral record (children, needs, risks, requirements, criteria,
/// outcomes, contact, budget guide) received at receivedAt; state fields are left to the caller.
/// A follow-up of an emergency referral keeps its children and home.
Referral demoReferralRecord(DemoContext& c, const QDateTime& receivedAt, bool emergency,
                            const Referral* followUpOf = nullptr);

} // namespace pd::core
