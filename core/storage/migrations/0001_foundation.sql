-- SPDX-License-Identifier: GPL-3.0-or-later
-- Placement Desk schema, version 1: the whole domain of DESIGN.md.
-- Every editable table has row_version (optimistic concurrency); changes are audited.
-- Dates are ISO text (yyyy-MM-dd); money is pounds per week as REAL.

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT,
  row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  login TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL CHECK (role IN ('officer','manager','budget_holder','social_worker','read_only','admin')),
  active INTEGER NOT NULL DEFAULT 1,
  row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  who TEXT NOT NULL,
  table_name TEXT NOT NULL,
  row_id INTEGER NOT NULL DEFAULT 0,
  action TEXT NOT NULL,
  field TEXT,
  old_value TEXT,
  new_value TEXT
);
CREATE INDEX audit_log_row ON audit_log (table_name, row_id);

CREATE TABLE postcodes (
  postcode TEXT PRIMARY KEY,          -- normalised: upper case, one space before the inward code
  lat REAL NOT NULL,
  lon REAL NOT NULL
) WITHOUT ROWID;

CREATE TABLE providers (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('in_house_fostering','in_house_home','ifa','childrens_home',
                                      'residential_school','supported_accommodation','parent_and_child')),
  ofsted_urn TEXT UNIQUE,
  ofsted_rating TEXT CHECK (ofsted_rating IN ('outstanding','good','requires_improvement','inadequate','not_yet_inspected')),
  ofsted_date TEXT,
  framework_status TEXT NOT NULL DEFAULT 'spot'
    CHECK (framework_status IN ('in_house','select_list','regional_framework','spot','suspended','excluded')),
  price_band_lower REAL,
  price_band_upper REAL,
  status_reason TEXT,
  status_date TEXT,
  referral_email TEXT,
  contacts TEXT,
  address TEXT,
  postcode TEXT,
  row_version INTEGER NOT NULL DEFAULT 1
);

-- A foster household or a home/setting.
CREATE TABLE provisions (
  id INTEGER PRIMARY KEY,
  provider_id INTEGER NOT NULL REFERENCES providers(id),
  name TEXT NOT NULL,
  placement_type TEXT NOT NULL CHECK (placement_type IN ('foster','residential','supported')),
  min_age INTEGER NOT NULL DEFAULT 0,
  max_age INTEGER NOT NULL DEFAULT 17,
  places INTEGER NOT NULL DEFAULT 1,
  sexes TEXT NOT NULL DEFAULT 'any' CHECK (sexes IN ('any','male','female')),
  skills TEXT NOT NULL DEFAULT '',    -- comma-separated codes: asd,ebd,sexualised_behaviour,parent_and_baby,...
  carer_ethnicity TEXT,
  carer_religion TEXT,
  carer_languages TEXT,
  has_pets INTEGER NOT NULL DEFAULT 0,
  smoking INTEGER NOT NULL DEFAULT 0,
  postcode TEXT,
  weekly_fee REAL NOT NULL DEFAULT 0,
  typical_extras REAL NOT NULL DEFAULT 0,
  quality_notes TEXT,
  active INTEGER NOT NULL DEFAULT 1,
  row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX provisions_provider ON provisions (provider_id);

-- Children already living at a provision (for the who-alongside rules).
CREATE TABLE household_members (
  id INTEGER PRIMARY KEY,
  provision_id INTEGER NOT NULL REFERENCES provisions(id) ON DELETE CASCADE,
  age INTEGER NOT NULL,
  sex TEXT,
  risks TEXT NOT NULL DEFAULT '',
  row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX household_members_provision ON household_members (provision_id);

CREATE TABLE vacancies (
  id INTEGER PRIMARY KEY,
  provision_id INTEGER NOT NULL REFERENCES provisions(id) ON DELETE CASCADE,
  available_from TEXT NOT NULL,
  available_until TEXT,
  places INTEGER NOT NULL DEFAULT 1,
  row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX vacancies_provision ON vacancies (provision_id);
CREATE INDEX vacancies_from ON vacancies (available_from);

-- Looked-after children (the subjects of placement histories and referrals).
CREATE TABLE children (
  id INTEGER PRIMARY KEY,
  child_ref TEXT NOT NULL UNIQUE,    -- the SSDA903 CHILD identifier or a local reference
  first_name TEXT,
  last_name TEXT,
  sex TEXT CHECK (sex IN ('M','F','U') OR sex IS NULL),
  dob TEXT,
  ethnicity TEXT,
  religion TEXT,
  first_language TEXT,
  home_postcode TEXT,
  row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE referrals (
  id INTEGER PRIMARY KEY,
  reference TEXT NOT NULL UNIQUE,
  state TEXT NOT NULL DEFAULT 'Draft',
  held_from_state TEXT,
  emergency INTEGER NOT NULL DEFAULT 0,
  needed_by TEXT,                    -- Today / in less than 5 days / in more than 5 days
  needed_by_date TEXT,
  officer TEXT,
  social_worker TEXT,
  received_at TEXT NOT NULL,
  follow_up_of INTEGER REFERENCES referrals(id),
  record_json TEXT NOT NULL DEFAULT '{}', -- the full referral record (standard entities + extensions)
  row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX referrals_state ON referrals (state);

CREATE TABLE referral_children (
  id INTEGER PRIMARY KEY,
  referral_id INTEGER NOT NULL REFERENCES referrals(id) ON DELETE CASCADE,
  child_id INTEGER REFERENCES children(id),
  position INTEGER NOT NULL DEFAULT 0,
  row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX referral_children_referral ON referral_children (referral_id);

CREATE TABLE referral_transitions (
  id INTEGER PRIMARY KEY,
  referral_id INTEGER NOT NULL REFERENCES referrals(id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  who TEXT NOT NULL,
  event TEXT NOT NULL,
  from_state TEXT,
  to_state TEXT NOT NULL,
  comment TEXT
);
CREATE INDEX referral_transitions_referral ON referral_transitions (referral_id);

CREATE TABLE offers (
  id INTEGER PRIMARY KEY,
  referral_id INTEGER NOT NULL REFERENCES referrals(id) ON DELETE CASCADE,
  provision_id INTEGER NOT NULL REFERENCES provisions(id),
  first_quoted_fee REAL NOT NULL,
  weekly_fee REAL NOT NULL,
  extras REAL NOT NULL DEFAULT 0,
  start_date TEXT,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','accepted','declined','withdrawn')),
  meets_essential INTEGER,
  notes TEXT,
  received_at TEXT NOT NULL,
  row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX offers_referral ON offers (referral_id);

CREATE TABLE budget_lines (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  category TEXT NOT NULL,
  row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE budgets (
  id INTEGER PRIMARY KEY,
  budget_line_id INTEGER NOT NULL REFERENCES budget_lines(id) ON DELETE CASCADE,
  year_ending TEXT NOT NULL,         -- yyyy-03-31
  amount REAL NOT NULL,
  row_version INTEGER NOT NULL DEFAULT 1,
  UNIQUE (budget_line_id, year_ending)
);

-- Placement histories: one row per SSDA903-style episode (a new placement, or a change of
-- legal status that continues one). Placements made through referrals are episodes too.
CREATE TABLE placements (
  id INTEGER PRIMARY KEY,
  child_id INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,
  start_date TEXT NOT NULL,          -- DECOM
  end_date TEXT,                     -- DEC
  rne TEXT NOT NULL,                 -- reason for new episode: S P B T U L
  legal_status TEXT,                 -- LS
  cin TEXT,                          -- category of need
  place TEXT NOT NULL,               -- PLACE code
  place_provider TEXT,               -- PLACE_PROVIDER PR0..PR5
  reason_end TEXT,                   -- REC
  reason_place_change TEXT,
  home_postcode TEXT,
  placement_postcode TEXT,
  urn TEXT,
  provision_id INTEGER REFERENCES provisions(id),
  referral_id INTEGER REFERENCES referrals(id),
  category TEXT,                     -- mix category, derived from PLACE + PLACE_PROVIDER
  weekly_cost REAL,
  first_quoted_fee REAL,
  budget_line_id INTEGER REFERENCES budget_lines(id),
  expected_outcomes TEXT,
  row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX placements_child ON placements (child_id, start_date);
CREATE INDEX placements_dates ON placements (start_date, end_date);
CREATE INDEX placements_provision ON placements (provision_id);
