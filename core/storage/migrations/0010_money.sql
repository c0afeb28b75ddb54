-- SPDX-License-Identifier: GPL-3.0-or-later
-- Money: the providers' contracts (select list, regional framework, spot, block contracts with
-- their reserved places and void cost), their fee-uplift requests and the decisions on them, and
-- the invoices checked against the placements' Individual Placement Contracts with their findings.
CREATE TABLE provider_contracts (
  id INTEGER PRIMARY KEY,
  provider_id INTEGER NOT NULL REFERENCES providers(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('select_list','regional_framework','spot','block')),
  reference TEXT,                    -- the contract's own reference
  tier TEXT,                         -- the select list's tier
  price_band_lower REAL,             -- the agreed price band a week
  price_band_upper REAL,
  starts_on TEXT NOT NULL,
  ends_on TEXT,                      -- the last day of the term (NULL: open)
  review_on TEXT,                    -- the next contract review
  reserved_places INTEGER NOT NULL DEFAULT 0, -- block: places paid for whether used or not
  price_per_place REAL,              -- block: a place a week
  void_cost REAL,                    -- block: what an empty place costs a week
  note TEXT,
  row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX provider_contracts_provider ON provider_contracts (provider_id, starts_on);

CREATE TABLE fee_uplifts (
  id INTEGER PRIMARY KEY,
  provider_id INTEGER NOT NULL REFERENCES providers(id) ON DELETE CASCADE,
  placement_id INTEGER REFERENCES placements(id), -- NULL: every current placement with the provider
  requested_on TEXT NOT NULL,
  effective_from TEXT NOT NULL,
  percentage REAL,                   -- the uplift asked for, or
  new_fee REAL,                      -- the new weekly fee asked for (one placement)
  evidence TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'requested'
    CHECK (status IN ('requested','accepted','partial','declined')),
  agreed_percentage REAL,
  agreed_fee REAL,
  decision_reason TEXT,
  decided_at TEXT,
  decided_by TEXT,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX fee_uplifts_provider ON fee_uplifts (provider_id, effective_from);

CREATE TABLE invoices (
  id INTEGER PRIMARY KEY,
  invoice_number TEXT NOT NULL,
  provider_urn TEXT NOT NULL,
  child_ref TEXT NOT NULL,           -- the SSDA903 CHILD, as export placements prints it
  placement_id INTEGER REFERENCES placements(id), -- the placement checked against (NULL: none found)
  period_start TEXT NOT NULL,
  period_end TEXT NOT NULL,          -- inclusive
  amount REAL NOT NULL,              -- the total invoiced for the period, extras included
  extras REAL NOT NULL DEFAULT 0,    -- the part of the amount for extras
  weekly_rate REAL,                  -- the weekly rate the provider charged, when the file says
  description TEXT,
  expected REAL,                     -- what the contract pays for the period
  duplicate_of INTEGER REFERENCES invoices(id), -- the same invoice imported before: never counted twice
  status TEXT NOT NULL DEFAULT 'received' CHECK (status IN ('received','approved','queried','rejected')),
  decision_note TEXT,
  decided_at TEXT,
  decided_by TEXT,
  source_file TEXT,
  source_line INTEGER,
  imported_at TEXT NOT NULL,
  imported_by TEXT NOT NULL,
  row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX invoices_number ON invoices (provider_urn, invoice_number);
CREATE INDEX invoices_placement ON invoices (placement_id, period_start);

CREATE TABLE invoice_findings (
  id INTEGER PRIMARY KEY,
  invoice_id INTEGER NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
  rule TEXT NOT NULL CHECK (rule IN ('no_placement','outside_placement','rate_above_contract',
                                     'extras_not_in_contract','duplicate','overlap_paid','arithmetic')),
  expected REAL,
  invoiced REAL,
  detail TEXT NOT NULL,
  row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX invoice_findings_invoice ON invoice_findings (invoice_id);
