-- SPDX-License-Identifier: GPL-3.0-or-later
-- What was sent to whom and when (the anonymised referral pack to providers), and the
-- recorded reason when fewer than three compliant options are presented.
CREATE TABLE referral_sends (
  id INTEGER PRIMARY KEY,
  referral_id INTEGER NOT NULL REFERENCES referrals(id) ON DELETE CASCADE,
  provider_id INTEGER NOT NULL REFERENCES providers(id),
  sent_at TEXT NOT NULL,
  sent_by TEXT NOT NULL,
  recipient_email TEXT,
  pack_file TEXT,
  draft_file TEXT,
  row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX referral_sends_referral ON referral_sends (referral_id);

CREATE TABLE options_papers (
  id INTEGER PRIMARY KEY,
  referral_id INTEGER NOT NULL REFERENCES referrals(id) ON DELETE CASCADE,
  prepared_at TEXT NOT NULL,
  prepared_by TEXT NOT NULL,
  offer_ids TEXT NOT NULL DEFAULT '',
  fewer_than_three_reason TEXT,
  row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX options_papers_referral ON options_papers (referral_id);
