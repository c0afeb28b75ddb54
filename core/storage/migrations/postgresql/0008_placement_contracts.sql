-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 8 on a PostgreSQL server: ../0008_placement_contracts.sql with its triggers as PL/pgSQL.
-- The placement's life after permission to place: the Individual Placement Contract (versioned: a
-- change makes a new version and the old ones are kept), its outcomes, the reviews that rate them,
-- pre-disruption meetings, and the follow-up referral a move opens. Meetings count in the
-- provider's history (provider_history.meetings, kept by triggers), which matching reads.
CREATE TABLE placement_contracts (
  id INTEGER PRIMARY KEY,
  placement_id INTEGER NOT NULL REFERENCES placements(id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  effective_from TEXT NOT NULL,      -- the day this version applies from (version 1: the start)
  start_date TEXT NOT NULL,          -- the placement's start as contracted
  weekly_fee REAL NOT NULL,
  extras REAL NOT NULL DEFAULT 0,    -- agreed extras a week (education, therapy, 1:1 support)
  extras_note TEXT,
  notice_days INTEGER NOT NULL DEFAULT 28,
  provision_id INTEGER REFERENCES provisions(id),
  change_note TEXT NOT NULL,         -- why this version was made
  made_at TEXT NOT NULL,
  made_by TEXT NOT NULL,
  row_version INTEGER NOT NULL DEFAULT 1,
  UNIQUE (placement_id, version)
);

CREATE TABLE contract_outcomes (
  id INTEGER PRIMARY KEY,
  contract_id INTEGER NOT NULL REFERENCES placement_contracts(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  wording TEXT NOT NULL,
  measure TEXT,                      -- how the outcome is known to be met
  review_months INTEGER,             -- how often it is looked at; NULL = at every review
  row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX contract_outcomes_contract ON contract_outcomes (contract_id, position);

CREATE TABLE placement_reviews (
  id INTEGER PRIMARY KEY,
  placement_id INTEGER NOT NULL REFERENCES placements(id) ON DELETE CASCADE,
  held_on TEXT NOT NULL,
  due_on TEXT NOT NULL,              -- when it was due (a review held after it was late)
  next_due TEXT NOT NULL,
  contract_id INTEGER REFERENCES placement_contracts(id),
  iro_view TEXT,                     -- the independent reviewing officer's view
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX placement_reviews_placement ON placement_reviews (placement_id, held_on);

CREATE TABLE review_ratings (
  id INTEGER PRIMARY KEY,
  review_id INTEGER NOT NULL REFERENCES placement_reviews(id) ON DELETE CASCADE,
  outcome_id INTEGER NOT NULL REFERENCES contract_outcomes(id),
  rating TEXT NOT NULL CHECK (rating IN ('met', 'progressing', 'not_met')),
  note TEXT NOT NULL,
  row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX review_ratings_review ON review_ratings (review_id);

CREATE TABLE disruption_meetings (
  id INTEGER PRIMARY KEY,
  placement_id INTEGER NOT NULL REFERENCES placements(id) ON DELETE CASCADE,
  held_on TEXT NOT NULL,
  asked_by TEXT NOT NULL CHECK (asked_by IN ('provider', 'social_worker')),
  attendees TEXT NOT NULL,
  concerns TEXT NOT NULL,
  actions TEXT NOT NULL,             -- agreed actions, each with its owner
  outcome TEXT NOT NULL CHECK (outcome IN ('stabilised', 'ending_planned')),
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX disruption_meetings_placement ON disruption_meetings (placement_id, held_on);

-- The Draft referral a move opened when the placement ended.
ALTER TABLE placements ADD COLUMN follow_up_referral_id INTEGER REFERENCES referrals(id);

ALTER TABLE provider_history ADD COLUMN meetings INTEGER NOT NULL DEFAULT 0;

CREATE FUNCTION pd_meetings_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- placement-desk migrate copies the tallies with the rows: nothing to count again
  IF current_setting('pd.copying', true) = 'on' THEN RETURN NULL; END IF;
  IF TG_OP = 'INSERT' THEN
    INSERT INTO provider_history (provider_id, placements, disruptions, meetings)
    SELECT v.provider_id, 0, 0, 1 FROM placements pl JOIN provisions v ON v.id = pl.provision_id
    WHERE pl.id = NEW.placement_id
    ON CONFLICT (provider_id) DO UPDATE SET meetings = provider_history.meetings + 1;
  ELSE
    UPDATE provider_history SET meetings = meetings - 1
    WHERE provider_id = (SELECT v.provider_id FROM placements pl JOIN provisions v ON v.id = pl.provision_id
                         WHERE pl.id = OLD.placement_id);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER provider_history_meetings AFTER INSERT OR DELETE ON disruption_meetings
FOR EACH ROW EXECUTE FUNCTION pd_meetings_history();

-- A provision that moves to another provider takes its placements and their meetings with it.
CREATE OR REPLACE FUNCTION pd_provision_moves() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- placement-desk migrate copies the tallies with the rows: nothing to count again
  IF current_setting('pd.copying', true) = 'on' THEN RETURN NULL; END IF;
  IF OLD.provider_id IS DISTINCT FROM NEW.provider_id THEN
    DELETE FROM provider_history WHERE provider_id IN (OLD.provider_id, NEW.provider_id);
    INSERT INTO provider_history (provider_id, placements, disruptions, meetings)
    SELECT provider_id, placements, disruptions, meetings FROM (
      SELECT who.provider_id AS provider_id,
        (SELECT COUNT(*) FROM placements pl JOIN provisions p ON p.id = pl.provision_id
         WHERE p.provider_id = who.provider_id AND pl.rne <> 'L') AS placements,
        (SELECT COALESCE(SUM(pd_is_disruption(pl.reason_place_change)), 0)
         FROM placements pl JOIN provisions p ON p.id = pl.provision_id
         WHERE p.provider_id = who.provider_id AND pl.rne <> 'L') AS disruptions,
        (SELECT COUNT(*) FROM disruption_meetings m JOIN placements pl ON pl.id = m.placement_id
         JOIN provisions p ON p.id = pl.provision_id WHERE p.provider_id = who.provider_id) AS meetings
      FROM (SELECT OLD.provider_id AS provider_id UNION SELECT NEW.provider_id) who
      WHERE who.provider_id IS NOT NULL) counted
    WHERE placements > 0 OR meetings > 0;
  END IF;
  RETURN NULL;
END $$;
