-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 12: the authority an in-house provider and an audit entry belong to, for a consortium's
-- server (postgresql/0012_authority_everywhere.sql puts them to use). NULL in every file: a file
-- is one authority's, and its own providers and audit log are all its own.
ALTER TABLE providers ADD COLUMN authority TEXT;
ALTER TABLE audit_log ADD COLUMN authority TEXT;
