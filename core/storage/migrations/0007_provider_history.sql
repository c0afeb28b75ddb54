-- SPDX-License-Identifier: GPL-3.0-or-later
-- Each provider's placement history (placements begun with it, and how many ended in a disruption:
-- REASON_PLACE_CHANGE CREQB, CREQO, CHILD, STAND or ALLEG), kept up to date by triggers on
-- placements, so checking one offer reads one row instead of counting every placement of the
-- provider (the in-house fostering service holds most of an authority's placements).
CREATE TABLE provider_history (
  provider_id INTEGER PRIMARY KEY REFERENCES providers(id) ON DELETE CASCADE,
  placements INTEGER NOT NULL DEFAULT 0,
  disruptions INTEGER NOT NULL DEFAULT 0
);

INSERT INTO provider_history (provider_id, placements, disruptions)
SELECT p.provider_id, COUNT(*),
       SUM(CASE WHEN pl.reason_place_change IN ('CREQB','CREQO','CHILD','STAND','ALLEG') THEN 1 ELSE 0 END)
FROM placements pl JOIN provisions p ON p.id = pl.provision_id
WHERE pl.rne <> 'L'
GROUP BY p.provider_id;

CREATE TRIGGER provider_history_insert AFTER INSERT ON placements
WHEN NEW.provision_id IS NOT NULL AND NEW.rne <> 'L'
BEGIN
  INSERT INTO provider_history (provider_id, placements, disruptions)
  SELECT provider_id, 1, IFNULL(NEW.reason_place_change, '') IN ('CREQB','CREQO','CHILD','STAND','ALLEG')
  FROM provisions WHERE id = NEW.provision_id
  ON CONFLICT (provider_id) DO UPDATE SET placements = placements + 1,
    disruptions = disruptions + excluded.disruptions;
END;

CREATE TRIGGER provider_history_delete AFTER DELETE ON placements
WHEN OLD.provision_id IS NOT NULL AND OLD.rne <> 'L'
BEGIN
  UPDATE provider_history SET placements = placements - 1,
    disruptions = disruptions - (IFNULL(OLD.reason_place_change, '') IN ('CREQB','CREQO','CHILD','STAND','ALLEG'))
  WHERE provider_id = (SELECT provider_id FROM provisions WHERE id = OLD.provision_id);
END;

CREATE TRIGGER provider_history_update_old AFTER UPDATE OF provision_id, rne, reason_place_change ON placements
WHEN OLD.provision_id IS NOT NULL AND OLD.rne <> 'L'
BEGIN
  UPDATE provider_history SET placements = placements - 1,
    disruptions = disruptions - (IFNULL(OLD.reason_place_change, '') IN ('CREQB','CREQO','CHILD','STAND','ALLEG'))
  WHERE provider_id = (SELECT provider_id FROM provisions WHERE id = OLD.provision_id);
END;

CREATE TRIGGER provider_history_update_new AFTER UPDATE OF provision_id, rne, reason_place_change ON placements
WHEN NEW.provision_id IS NOT NULL AND NEW.rne <> 'L'
BEGIN
  INSERT INTO provider_history (provider_id, placements, disruptions)
  SELECT provider_id, 1, IFNULL(NEW.reason_place_change, '') IN ('CREQB','CREQO','CHILD','STAND','ALLEG')
  FROM provisions WHERE id = NEW.provision_id
  ON CONFLICT (provider_id) DO UPDATE SET placements = placements + 1,
    disruptions = disruptions + excluded.disruptions;
END;

-- A provision that moves to another provider takes its placements with it.
CREATE TRIGGER provider_history_provision_moves AFTER UPDATE OF provider_id ON provisions
WHEN OLD.provider_id IS NOT NEW.provider_id
BEGIN
  DELETE FROM provider_history WHERE provider_id IN (OLD.provider_id, NEW.provider_id);
  INSERT INTO provider_history (provider_id, placements, disruptions)
  SELECT p.provider_id, COUNT(*), SUM(IFNULL(pl.reason_place_change, '') IN ('CREQB','CREQO','CHILD','STAND','ALLEG'))
  FROM placements pl JOIN provisions p ON p.id = pl.provision_id
  WHERE pl.rne <> 'L' AND p.provider_id IN (OLD.provider_id, NEW.provider_id)
  GROUP BY p.provider_id;
END;
