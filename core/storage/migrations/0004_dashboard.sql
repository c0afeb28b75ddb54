-- SPDX-License-Identifier: GPL-3.0-or-later
-- Dashboard: the referral funnel finds placements made through each referral.
CREATE INDEX placements_referral ON placements (referral_id);
