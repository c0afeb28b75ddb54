-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 7 on a PostgreSQL server: ../0007_provider_history.sql runs first without its triggers
-- (SQLite's trigger bodies have no PostgreSQL spelling); these are the same counting rules as
-- PL/pgSQL trigger functions.
CREATE FUNCTION pd_is_disruption(reason TEXT) RETURNS BIGINT LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN COALESCE(reason, '') IN ('CREQB','CREQO','CHILD','STAND','ALLEG') THEN 1 ELSE 0 END
$$;

-- One placement counted in (+1) or out (-1) of its provider's history.
CREATE FUNCTION pd_count_placement(provision BIGINT, reason TEXT, sign INTEGER) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF sign > 0 THEN
    INSERT INTO provider_history (provider_id, placements, disruptions)
    SELECT v.provider_id, 1, pd_is_disruption(reason) FROM provisions v WHERE v.id = provision
    ON CONFLICT (provider_id) DO UPDATE SET placements = provider_history.placements + 1,
      disruptions = provider_history.disruptions + excluded.disruptions;
  ELSE
    UPDATE provider_history SET placements = placements - 1,
      disruptions = disruptions - pd_is_disruption(reason)
    WHERE provider_id = (SELECT v.provider_id FROM provisions v WHERE v.id = provision);
  END IF;
END $$;

CREATE FUNCTION pd_placements_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- placement-desk migrate copies the tallies with the rows: nothing to count again
  IF current_setting('pd.copying', true) = 'on' THEN RETURN NULL; END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') AND OLD.provision_id IS NOT NULL AND OLD.rne <> 'L' THEN
    PERFORM pd_count_placement(OLD.provision_id, OLD.reason_place_change, -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.provision_id IS NOT NULL AND NEW.rne <> 'L' THEN
    PERFORM pd_count_placement(NEW.provision_id, NEW.reason_place_change, 1);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER provider_history_insert_delete AFTER INSERT OR DELETE ON placements
FOR EACH ROW EXECUTE FUNCTION pd_placements_history();
CREATE TRIGGER provider_history_update AFTER UPDATE OF provision_id, rne, reason_place_change ON placements
FOR EACH ROW EXECUTE FUNCTION pd_placements_history();

-- A provision that moves to another provider takes its placements with it (redefined in version 8).
CREATE FUNCTION pd_provision_moves() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- placement-desk migrate copies the tallies with the rows: nothing to count again
  IF current_setting('pd.copying', true) = 'on' THEN RETURN NULL; END IF;
  IF OLD.provider_id IS DISTINCT FROM NEW.provider_id THEN
    DELETE FROM provider_history WHERE provider_id IN (OLD.provider_id, NEW.provider_id);
    INSERT INTO provider_history (provider_id, placements, disruptions)
    SELECT p.provider_id, COUNT(*), SUM(pd_is_disruption(pl.reason_place_change))
    FROM placements pl JOIN provisions p ON p.id = pl.provision_id
    WHERE pl.rne <> 'L' AND p.provider_id IN (OLD.provider_id, NEW.provider_id)
    GROUP BY p.provider_id;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER provider_history_provision_moves AFTER UPDATE OF provider_id ON provisions
FOR EACH ROW EXECUTE FUNCTION pd_provision_moves();
