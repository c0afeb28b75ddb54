// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace pd::core {
class Desk;
}

namespace pd::ui {

class ReferralWindow;

/// Adds the matching pages (Matches; Offers with sending, options paper and permission to place)
/// to a saved referral's window.
void attachMatchingPages(ReferralWindow* window, core::Desk& desk, qint64 referralId);

} // namespace pd::ui
