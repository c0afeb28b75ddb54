-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 14 on a PostgreSQL server, after ../0014_budget_lines_authority.sql: an authority's
-- budget lines and the amounts set for them are its own. A line added by an authority's login is
-- that authority's; its managers see, set and spend against their own lines only (measure 7 and
-- `budget` count their own placements against them), and two authorities may each have a line
-- called "Fostering". A login without an authority (a single team, the administrator) sees every
-- line; lines moved in by `migrate` or made by `demo` have none, so only such logins see them until
-- given one (UPDATE budget_lines SET authority = '380', as the owner).
ALTER TABLE budget_lines DROP CONSTRAINT budget_lines_name_key;
CREATE UNIQUE INDEX budget_lines_authority_name ON budget_lines (COALESCE(authority, ''), name);
ALTER TABLE budget_lines ALTER COLUMN authority SET DEFAULT pd_my_authority();
ALTER TABLE budget_lines ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_authority ON budget_lines
  USING (pd_my_authority() IS NULL OR authority = pd_my_authority())
  WITH CHECK (pd_my_authority() IS NULL OR authority = pd_my_authority());
ALTER TABLE budgets ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_authority ON budgets
  USING (pd_my_authority() IS NULL OR budget_line_id IN (SELECT id FROM budget_lines))
  WITH CHECK (pd_my_authority() IS NULL OR budget_line_id IN (SELECT id FROM budget_lines));
