-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 2: indexes the referral list filters by (officer, urgency) and the funnel reads (transitions by time).
CREATE INDEX referrals_officer ON referrals (officer);
CREATE INDEX referrals_received ON referrals (received_at);
CREATE INDEX referral_transitions_at ON referral_transitions (at)
