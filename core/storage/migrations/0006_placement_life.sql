-- SPDX-License-Identifier: GPL-3.0-or-later
-- The decision path and the placement's life: the social worker's choice (with the child's and
-- the family's views) before the manager's permission, the vacancy a placement used up, and the
-- team's reason for an ending (mapped to the SSDA903 REC and REASON_PLACE_CHANGE codes).
CREATE TABLE placement_choices (
  id INTEGER PRIMARY KEY,
  referral_id INTEGER NOT NULL REFERENCES referrals(id) ON DELETE CASCADE,
  offer_id INTEGER NOT NULL REFERENCES offers(id),
  chosen_at TEXT NOT NULL,
  chosen_by TEXT NOT NULL,
  child_view TEXT NOT NULL,
  family_view TEXT NOT NULL,
  row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX placement_choices_referral ON placement_choices (referral_id);

ALTER TABLE vacancies ADD COLUMN used_by_placement INTEGER REFERENCES placements(id);
ALTER TABLE placements ADD COLUMN ending_reason TEXT;
CREATE INDEX placements_referral ON placements (referral_id);
