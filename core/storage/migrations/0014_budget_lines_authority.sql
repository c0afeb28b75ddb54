-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 14: whose budget line it is. NULL in every file, which is one authority's; on a
-- consortium's server postgresql/0014_budget_lines_authority.sql keeps each authority's budget
-- lines, and the amounts set for them, to that authority, as 11 did its referrals.
ALTER TABLE budget_lines ADD COLUMN authority TEXT;
