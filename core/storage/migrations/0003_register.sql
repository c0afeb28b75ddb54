-- SPDX-License-Identifier: GPL-3.0-or-later
-- Provider register: a stable key for provisions (links vacancy files and re-imports) and
-- indexes for the register's look-ups.
ALTER TABLE provisions ADD COLUMN code TEXT;
CREATE UNIQUE INDEX provisions_provider_code ON provisions (provider_id, code);
CREATE INDEX placements_urn ON placements (urn);
