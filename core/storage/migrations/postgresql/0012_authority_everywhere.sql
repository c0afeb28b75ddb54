-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 12 on a PostgreSQL server, after ../0012_authority_everywhere.sql: row-level security
-- reaches every table that holds something of a child's, through the row it hangs off (an offer
-- through its referral, a review through its placement…): a row is seen and written only when
-- its parent is, so the policies of 0011 decide for them all. The audit log keeps each
-- authority's entries to it. The shared register stays readable by all, and each authority
-- edits only its own in-house providers (an in-house provider added or made in-house by an
-- authority's login is that authority's); independent providers, their homes and vacancies stay
-- the consortium's. A login without an authority (the owner, a single team) is held by none.
ALTER TABLE audit_log ALTER COLUMN authority SET DEFAULT pd_my_authority();
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_authority ON audit_log
  USING (pd_my_authority() IS NULL OR authority = pd_my_authority())
  WITH CHECK (pd_my_authority() IS NULL OR authority = pd_my_authority());

ALTER TABLE referral_children ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_authority ON referral_children
  USING (pd_my_authority() IS NULL OR referral_id IN (SELECT id FROM referrals))
  WITH CHECK (pd_my_authority() IS NULL OR referral_id IN (SELECT id FROM referrals));
ALTER TABLE referral_sends ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_authority ON referral_sends
  USING (pd_my_authority() IS NULL OR referral_id IN (SELECT id FROM referrals))
  WITH CHECK (pd_my_authority() IS NULL OR referral_id IN (SELECT id FROM referrals));
ALTER TABLE referral_transitions ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_authority ON referral_transitions
  USING (pd_my_authority() IS NULL OR referral_id IN (SELECT id FROM referrals))
  WITH CHECK (pd_my_authority() IS NULL OR referral_id IN (SELECT id FROM referrals));
ALTER TABLE offers ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_authority ON offers
  USING (pd_my_authority() IS NULL OR referral_id IN (SELECT id FROM referrals))
  WITH CHECK (pd_my_authority() IS NULL OR referral_id IN (SELECT id FROM referrals));
ALTER TABLE options_papers ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_authority ON options_papers
  USING (pd_my_authority() IS NULL OR referral_id IN (SELECT id FROM referrals))
  WITH CHECK (pd_my_authority() IS NULL OR referral_id IN (SELECT id FROM referrals));
ALTER TABLE placement_choices ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_authority ON placement_choices
  USING (pd_my_authority() IS NULL OR referral_id IN (SELECT id FROM referrals))
  WITH CHECK (pd_my_authority() IS NULL OR referral_id IN (SELECT id FROM referrals));

ALTER TABLE placement_contracts ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_authority ON placement_contracts
  USING (pd_my_authority() IS NULL OR placement_id IN (SELECT id FROM placements))
  WITH CHECK (pd_my_authority() IS NULL OR placement_id IN (SELECT id FROM placements));
ALTER TABLE placement_reviews ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_authority ON placement_reviews
  USING (pd_my_authority() IS NULL OR placement_id IN (SELECT id FROM placements))
  WITH CHECK (pd_my_authority() IS NULL OR placement_id IN (SELECT id FROM placements));
ALTER TABLE disruption_meetings ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_authority ON disruption_meetings
  USING (pd_my_authority() IS NULL OR placement_id IN (SELECT id FROM placements))
  WITH CHECK (pd_my_authority() IS NULL OR placement_id IN (SELECT id FROM placements));
ALTER TABLE fee_uplifts ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_authority ON fee_uplifts
  USING (pd_my_authority() IS NULL OR placement_id IS NULL OR placement_id IN (SELECT id FROM placements))
  WITH CHECK (pd_my_authority() IS NULL OR placement_id IS NULL OR placement_id IN (SELECT id FROM placements));
ALTER TABLE contract_outcomes ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_authority ON contract_outcomes
  USING (pd_my_authority() IS NULL OR contract_id IN (SELECT id FROM placement_contracts))
  WITH CHECK (pd_my_authority() IS NULL OR contract_id IN (SELECT id FROM placement_contracts));
ALTER TABLE review_ratings ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_authority ON review_ratings
  USING (pd_my_authority() IS NULL OR review_id IN (SELECT id FROM placement_reviews))
  WITH CHECK (pd_my_authority() IS NULL OR review_id IN (SELECT id FROM placement_reviews));
ALTER TABLE invoice_findings ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_authority ON invoice_findings
  USING (pd_my_authority() IS NULL OR invoice_id IN (SELECT id FROM invoices))
  WITH CHECK (pd_my_authority() IS NULL OR invoice_id IN (SELECT id FROM invoices));

CREATE FUNCTION pd_in_house_authority() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.framework_status = 'in_house' AND NEW.authority IS NULL THEN
    NEW.authority := pd_my_authority();
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER providers_in_house_authority BEFORE INSERT OR UPDATE ON providers
  FOR EACH ROW EXECUTE FUNCTION pd_in_house_authority();
ALTER TABLE providers ENABLE ROW LEVEL SECURITY;
CREATE POLICY everyone_reads ON providers FOR SELECT USING (true);
CREATE POLICY own_in_house_added ON providers FOR INSERT
  WITH CHECK (pd_my_authority() IS NULL OR authority IS NULL OR authority = pd_my_authority());
CREATE POLICY own_in_house_changed ON providers FOR UPDATE
  USING (pd_my_authority() IS NULL OR authority IS NULL OR authority = pd_my_authority())
  WITH CHECK (pd_my_authority() IS NULL OR authority IS NULL OR authority = pd_my_authority());
CREATE POLICY own_in_house_removed ON providers FOR DELETE
  USING (pd_my_authority() IS NULL OR authority IS NULL OR authority = pd_my_authority());

-- A login is one person whatever its case ("AMY" and "amy" from Windows), as the file's NOCASE
-- column has it.
ALTER TABLE users DROP CONSTRAINT users_login_key;
CREATE UNIQUE INDEX users_login_nocase ON users (lower(login));
