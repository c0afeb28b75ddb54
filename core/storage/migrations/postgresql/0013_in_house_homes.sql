-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 13 on a PostgreSQL server: the homes of an authority's in-house provider — the home, the
-- children already living there, its vacancies, its profile and photos — are changed by that
-- authority alone, as the provider itself is since 12. Every authority still reads them all (one
-- search across the consortium), and another authority's placement may still use a vacancy there:
-- taking its places, or marking it used, is the one change another authority makes. A refusal says
-- whose home it is (SQLSTATE 42501), where row-level security would have changed nothing in silence.
CREATE FUNCTION pd_provider_held_by(provider BIGINT) RETURNS TEXT LANGUAGE sql STABLE AS $$
  SELECT authority FROM providers WHERE id = provider
$$;

CREATE FUNCTION pd_own_in_house_home() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  mine TEXT := pd_my_authority();
  held_by TEXT;
  held_before TEXT;
  row_now JSONB := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END;
BEGIN
  IF mine IS NULL THEN -- the owner, or a single team's server: held by none
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  IF TG_TABLE_NAME = 'provisions' THEN
    held_by := pd_provider_held_by((row_now->>'provider_id')::BIGINT);
    IF TG_OP = 'UPDATE' THEN
      held_before := pd_provider_held_by(OLD.provider_id);
    END IF;
  ELSE
    held_by := pd_provider_held_by(
      (SELECT provider_id FROM provisions WHERE id = (row_now->>'provision_id')::BIGINT));
    IF TG_OP = 'UPDATE' THEN
      held_before := pd_provider_held_by(
        (SELECT provider_id FROM provisions WHERE id = (to_jsonb(OLD)->>'provision_id')::BIGINT));
    END IF;
  END IF;
  IF (held_by IS NULL OR held_by = mine) AND (held_before IS NULL OR held_before = mine) THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  -- Another authority's placement uses the vacancy: fewer places, or used; nothing else changes.
  IF TG_TABLE_NAME = 'vacancies' AND TG_OP = 'UPDATE' THEN -- nested: other tables have no places
    IF NEW.places <= OLD.places
       AND (to_jsonb(NEW) - 'places' - 'used_by_placement' - 'row_version')
           = (to_jsonb(OLD) - 'places' - 'used_by_placement' - 'row_version')
       AND (OLD.used_by_placement IS NULL OR NEW.used_by_placement IS NOT DISTINCT FROM OLD.used_by_placement)
    THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION 'This home belongs to the in-house service of authority %: only that authority''s logins change it, its household and its vacancies (another authority may place a child there).',
    COALESCE(NULLIF(held_by, mine), held_before)
    USING ERRCODE = '42501';
END
$$;

CREATE TRIGGER provisions_own_in_house BEFORE INSERT OR UPDATE OR DELETE ON provisions
  FOR EACH ROW EXECUTE FUNCTION pd_own_in_house_home();
CREATE TRIGGER household_members_own_in_house BEFORE INSERT OR UPDATE OR DELETE ON household_members
  FOR EACH ROW EXECUTE FUNCTION pd_own_in_house_home();
CREATE TRIGGER vacancies_own_in_house BEFORE INSERT OR UPDATE OR DELETE ON vacancies
  FOR EACH ROW EXECUTE FUNCTION pd_own_in_house_home();
CREATE TRIGGER provision_profiles_own_in_house BEFORE INSERT OR UPDATE OR DELETE ON provision_profiles
  FOR EACH ROW EXECUTE FUNCTION pd_own_in_house_home();
CREATE TRIGGER provision_photos_own_in_house BEFORE INSERT OR UPDATE OR DELETE ON provision_photos
  FOR EACH ROW EXECUTE FUNCTION pd_own_in_house_home();
