-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 8 on a PostgreSQL server: ../0008_placement_contracts.sql runs first without its
-- triggers; these are its triggers as PL/pgSQL: meetings counted in the provider's history, and
-- a provision that moves to another provider taking its placements and meetings with it.
CREATE FUNCTION pd_meetings_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- placement-desk migrate copies the tallies with the rows: nothing to count again
  IF current_setting('pd.copying', true) = 'on' THEN RETURN NULL; END IF;
  IF TG_OP = 'INSERT' THEN
    INSERT INTO provider_history (provider_id, placements, disruptions, meetings)
    SELECT v.provider_id, 0, 0, 1 FROM placements pl JOIN provisions v ON v.id = pl.provision_id
    WHERE pl.id = NEW.placement_id
    ON CONFLICT (provider_id) DO UPDATE SET meetings = provider_history.meetings + 1;
  ELSE
    UPDATE provider_history SET meetings = meetings - 1
    WHERE provider_id = (SELECT v.provider_id FROM placements pl JOIN provisions v ON v.id = pl.provision_id
                         WHERE pl.id = OLD.placement_id);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER provider_history_meetings AFTER INSERT OR DELETE ON disruption_meetings
FOR EACH ROW EXECUTE FUNCTION pd_meetings_history();

-- A provision that moves to another provider takes its placements and their meetings with it.
CREATE OR REPLACE FUNCTION pd_provision_moves() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- placement-desk migrate copies the tallies with the rows: nothing to count again
  IF current_setting('pd.copying', true) = 'on' THEN RETURN NULL; END IF;
  IF OLD.provider_id IS DISTINCT FROM NEW.provider_id THEN
    DELETE FROM provider_history WHERE provider_id IN (OLD.provider_id, NEW.provider_id);
    INSERT INTO provider_history (provider_id, placements, disruptions, meetings)
    SELECT provider_id, placements, disruptions, meetings FROM (
      SELECT who.provider_id AS provider_id,
        (SELECT COUNT(*) FROM placements pl JOIN provisions p ON p.id = pl.provision_id
         WHERE p.provider_id = who.provider_id AND pl.rne <> 'L') AS placements,
        (SELECT COALESCE(SUM(pd_is_disruption(pl.reason_place_change)), 0)
         FROM placements pl JOIN provisions p ON p.id = pl.provision_id
         WHERE p.provider_id = who.provider_id AND pl.rne <> 'L') AS disruptions,
        (SELECT COUNT(*) FROM disruption_meetings m JOIN placements pl ON pl.id = m.placement_id
         JOIN provisions p ON p.id = pl.provision_id WHERE p.provider_id = who.provider_id) AS meetings
      FROM (SELECT OLD.provider_id AS provider_id UNION SELECT NEW.provider_id) who
      WHERE who.provider_id IS NOT NULL) counted
    WHERE placements > 0 OR meetings > 0;
  END IF;
  RETURN NULL;
END $$;
