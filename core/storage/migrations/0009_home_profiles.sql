-- SPDX-License-Identifier: GPL-3.0-or-later
-- What a provider tells a child about a home, for the child's "your new home" profile: a few
-- lines in words for a child ("about us"), and photos the provider supplied.
CREATE TABLE provision_profiles (
  id INTEGER PRIMARY KEY,
  provision_id INTEGER NOT NULL UNIQUE REFERENCES provisions(id) ON DELETE CASCADE,
  about TEXT NOT NULL DEFAULT '',
  row_version INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE provision_photos (
  id INTEGER PRIMARY KEY,
  provision_id INTEGER NOT NULL REFERENCES provisions(id) ON DELETE CASCADE,
  caption TEXT NOT NULL DEFAULT '',
  image BLOB NOT NULL,
  row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX provision_photos_provision ON provision_photos (provision_id);
