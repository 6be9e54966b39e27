-- The intervention ladder (indsatstrappe) per municipality, versioned, and the offer catalog
-- (tilbudsvifte). Steps have a stable id; each ladder version lists the steps in force with
-- their position, name, category and track at that time, so history shows the step as it was.

CREATE TABLE step (
  municipality_id uuid NOT NULL REFERENCES municipality (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id)
);
COMMENT ON TABLE step IS 'The stable identity of a step of the ladder; its name and place live in ladder_version_step.';

CREATE TABLE ladder_version (
  municipality_id uuid NOT NULL REFERENCES municipality (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  version integer NOT NULL CHECK (version > 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid,
  note text CHECK (length(note) <= 1000),
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, version),
  FOREIGN KEY (municipality_id, created_by) REFERENCES app_user (municipality_id, id)
);
COMMENT ON TABLE ladder_version IS 'A version of the municipality''s ladder. The highest version is in force; older ones stay for history.';

CREATE TABLE ladder_version_step (
  municipality_id uuid NOT NULL,
  ladder_version_id uuid NOT NULL,
  step_id uuid NOT NULL,
  position integer NOT NULL CHECK (position BETWEEN 1 AND 50),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  category text NOT NULL CHECK (category IN ('preventive', 'placement')),
  track text NOT NULL CHECK (track IN ('early', 'family', 'placement')),
  PRIMARY KEY (municipality_id, ladder_version_id, step_id),
  UNIQUE (municipality_id, ladder_version_id, position),
  FOREIGN KEY (municipality_id, ladder_version_id) REFERENCES ladder_version (municipality_id, id),
  FOREIGN KEY (municipality_id, step_id) REFERENCES step (municipality_id, id)
);
COMMENT ON TABLE ladder_version_step IS 'A step as it stood in one ladder version: position 1 is the least intrusive. Step 0 (everyday life) is implicit.';

CREATE TABLE offer (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
  provider_kind text NOT NULL CHECK (provider_kind IN ('own', 'external')),
  provider_name text NOT NULL CHECK (length(provider_name) BETWEEN 1 AND 200),
  step_id uuid NOT NULL,
  target text NOT NULL CHECK (target IN ('child', 'parents', 'family', 'network')),
  form text NOT NULL CHECK (form IN ('individual', 'group')),
  setting text NOT NULL CHECK (setting IN ('home', 'everyday', 'day', 'residential')),
  age_min integer NOT NULL CHECK (age_min BETWEEN 0 AND 22),
  age_max integer NOT NULL CHECK (age_max BETWEEN 0 AND 22),
  ics_areas text[] NOT NULL DEFAULT '{}' CHECK (ics_areas <@ ARRAY['development', 'parenting', 'family_environment']::text[]),
  typical_duration_weeks integer CHECK (typical_duration_weeks BETWEEN 1 AND 520),
  time_limited boolean NOT NULL DEFAULT false,
  evidence text NOT NULL CHECK (evidence IN ('none', 'documented', 'evidence_based')),
  programme text CHECK (length(programme) <= 200),
  legal_basis text NOT NULL DEFAULT '' CHECK (length(legal_basis) <= 200),
  unit_cost numeric(12, 2) NOT NULL CHECK (unit_cost >= 0),
  cost_unit text NOT NULL CHECK (cost_unit IN ('month', 'course')),
  capacity integer CHECK (capacity >= 0),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retired')),
  illustrative boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, name),
  FOREIGN KEY (municipality_id, step_id) REFERENCES step (municipality_id, id),
  CHECK (age_min <= age_max),
  CHECK (evidence <> 'evidence_based' OR programme IS NOT NULL)
);
COMMENT ON TABLE offer IS 'An entry of the catalog (tilbudsvifte). Retired, never deleted once a measure has used it. illustrative = demo figures.';
CREATE INDEX offer_step ON offer (municipality_id, step_id);

CREATE TABLE catalog_setting (
  municipality_id uuid NOT NULL REFERENCES municipality (id),
  -- The analysis names a gap when child-directed individual offers exceed this share of capacity.
  max_child_individual_share numeric(4, 3) NOT NULL DEFAULT 0.5 CHECK (max_child_individual_share BETWEEN 0 AND 1),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id)
);
COMMENT ON TABLE catalog_setting IS 'The admin''s thresholds for the catalog analysis; a missing row means the defaults.';

DO $$
DECLARE t text;
BEGIN
  FOR t IN SELECT unnest(ARRAY['step', 'ladder_version', 'ladder_version_step', 'offer', 'catalog_setting'])
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (municipality_id = current_municipality_id()) '
      'WITH CHECK (municipality_id = current_municipality_id())', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %I TO trappen_app', t);
  END LOOP;
END
$$;

-- Shared reference data (a Citus reference table): Socialstyrelsen's default ladder.
CREATE TABLE default_ladder_step (
  position integer PRIMARY KEY CHECK (position BETWEEN 1 AND 50),
  name text NOT NULL,
  category text NOT NULL CHECK (category IN ('preventive', 'placement')),
  track text NOT NULL CHECK (track IN ('early', 'family', 'placement'))
);
COMMENT ON TABLE default_ladder_step IS 'Socialstyrelsen''s indsatstrappe: the ladder every new municipality starts with (version 1).';
INSERT INTO default_ladder_step (position, name, category, track) VALUES
  (1, 'Tidlig indsats i almenområdet', 'preventive', 'early'),
  (2, 'Forebyggende indsatser', 'preventive', 'early'),
  (3, 'Hjemmebaserede indsatser', 'preventive', 'family'),
  (4, 'Anbringelse i slægt og netværk', 'placement', 'placement'),
  (5, 'Anbringelse i plejefamilie', 'placement', 'placement'),
  (6, 'Anbringelse på institution', 'placement', 'placement');
GRANT SELECT ON default_ladder_step TO trappen_app;

-- Every municipality has a ladder from the moment it exists.
CREATE FUNCTION create_default_ladder(m uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  v uuid := gen_random_uuid();
  d record;
  s uuid;
BEGIN
  INSERT INTO ladder_version (municipality_id, id, version, note) VALUES (m, v, 1, 'Socialstyrelsens indsatstrappe');
  FOR d IN SELECT * FROM default_ladder_step ORDER BY position LOOP
    s := gen_random_uuid();
    INSERT INTO step (municipality_id, id) VALUES (m, s);
    INSERT INTO ladder_version_step (municipality_id, ladder_version_id, step_id, position, name, category, track)
      VALUES (m, v, s, d.position, d.name, d.category, d.track);
  END LOOP;
END
$$;

CREATE FUNCTION municipality_default_ladder() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM create_default_ladder(NEW.id);
  RETURN NEW;
END
$$;
CREATE TRIGGER municipality_default_ladder AFTER INSERT ON municipality
  FOR EACH ROW EXECUTE FUNCTION municipality_default_ladder();

SELECT create_default_ladder(id) FROM municipality;
