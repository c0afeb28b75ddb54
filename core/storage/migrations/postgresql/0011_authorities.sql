-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 11 on a PostgreSQL server, after ../0011_authorities.sql: row-level security per
-- authority. A login listed in pd_logins (placement-desk grant --authority CODE) sees and writes
-- only its own authority's referrals, children, placements and invoices, and the rows it adds are
-- its authority's without being asked; a login not listed (a single authority's team, the
-- consortium's administrator) sees every row. The provider register, vacancies and contracts have
-- no authority: every authority's search looks at all of them. The tables' owner is not held by
-- the policies (it runs the migrations and `migrate`).
CREATE TABLE pd_logins (
  login TEXT PRIMARY KEY,
  authority TEXT NOT NULL
);

CREATE FUNCTION pd_my_authority() RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public AS $$
  SELECT authority FROM pd_logins WHERE login = session_user::text
$$;

-- A reference or a child's identifier is unique within an authority: two authorities each have
-- their R-2026-0001, and neither learns of the other's by a refused save.
ALTER TABLE referrals DROP CONSTRAINT referrals_reference_key;
CREATE UNIQUE INDEX referrals_authority_reference ON referrals (COALESCE(authority, ''), reference);
ALTER TABLE children DROP CONSTRAINT children_child_ref_key;
CREATE UNIQUE INDEX children_authority_child_ref ON children (COALESCE(authority, ''), child_ref);

ALTER TABLE referrals ALTER COLUMN authority SET DEFAULT pd_my_authority();
ALTER TABLE children ALTER COLUMN authority SET DEFAULT pd_my_authority();
ALTER TABLE placements ALTER COLUMN authority SET DEFAULT pd_my_authority();
ALTER TABLE invoices ALTER COLUMN authority SET DEFAULT pd_my_authority();

ALTER TABLE referrals ENABLE ROW LEVEL SECURITY;
ALTER TABLE children ENABLE ROW LEVEL SECURITY;
ALTER TABLE placements ENABLE ROW LEVEL SECURITY;
ALTER TABLE invoices ENABLE ROW LEVEL SECURITY;

CREATE POLICY own_authority ON referrals
  USING (pd_my_authority() IS NULL OR authority = pd_my_authority())
  WITH CHECK (pd_my_authority() IS NULL OR authority = pd_my_authority());
CREATE POLICY own_authority ON children
  USING (pd_my_authority() IS NULL OR authority = pd_my_authority())
  WITH CHECK (pd_my_authority() IS NULL OR authority = pd_my_authority());
CREATE POLICY own_authority ON placements
  USING (pd_my_authority() IS NULL OR authority = pd_my_authority())
  WITH CHECK (pd_my_authority() IS NULL OR authority = pd_my_authority());
CREATE POLICY own_authority ON invoices
  USING (pd_my_authority() IS NULL OR authority = pd_my_authority())
  WITH CHECK (pd_my_authority() IS NULL OR authority = pd_my_authority());
