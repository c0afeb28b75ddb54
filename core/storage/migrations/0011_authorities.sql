-- SPDX-License-Identifier: GPL-3.0-or-later
-- Whose referral, child, placement and invoice it is: the authority's code (its SSDA903 LA code,
-- or any short name a consortium agrees). Empty (NULL) in a file of one authority, which is every
-- SQLite file; on a consortium's PostgreSQL server the row's authority decides who may see it
-- (migrations/postgresql/0011_authorities.sql), while the provider register stays shared.
ALTER TABLE referrals ADD COLUMN authority TEXT;
ALTER TABLE children ADD COLUMN authority TEXT;
ALTER TABLE placements ADD COLUMN authority TEXT;
ALTER TABLE invoices ADD COLUMN authority TEXT;
