-- Foundation: municipalities, places, people, users, sessions, cases (minimal), audit.
-- Every table with municipal data carries municipality_id first in its primary key, in every
-- unique constraint and in every foreign key between tenant tables (Citus-ready), and is
-- protected by row-level security keyed on the transaction setting app.municipality_id.

-- The role every request runs as (SET LOCAL ROLE per transaction). It owns nothing and can
-- never bypass row-level security. Roles are cluster-wide, so creation tolerates a race
-- between two databases migrating at once.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'trappen_app') THEN
    CREATE ROLE trappen_app NOLOGIN NOBYPASSRLS;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;
END
$$;

CREATE FUNCTION current_municipality_id() RETURNS uuid
  LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('app.municipality_id', true), '')::uuid $$;

CREATE TABLE municipality (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code text NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9-]{2,40}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  is_demo boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE municipality IS 'The tenant. Its id is municipality_id in every other tenant table.';

CREATE TABLE district (
  municipality_id uuid NOT NULL REFERENCES municipality (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  socio_economic_index numeric(6, 2) NOT NULL CHECK (socio_economic_index >= 0),
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, name)
);
COMMENT ON TABLE district IS 'A school/daycare district with its socio-economic index (100 = municipal average).';

CREATE TABLE unit (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  district_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('school', 'daycare', 'club')),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, name),
  FOREIGN KEY (municipality_id, district_id) REFERENCES district (municipality_id, id)
);
COMMENT ON TABLE unit IS 'A school, daycare or club in a district.';

CREATE TABLE "group" (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  unit_id uuid NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, unit_id, name),
  FOREIGN KEY (municipality_id, unit_id) REFERENCES unit (municipality_id, id)
);
COMMENT ON TABLE "group" IS 'A class in a school or a group in a daycare or club.';

CREATE TABLE household (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  district_id uuid NOT NULL,
  address text NOT NULL CHECK (length(address) BETWEEN 1 AND 300),
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, district_id) REFERENCES district (municipality_id, id)
);
COMMENT ON TABLE household IS 'The people a child lives with, at one address in one district.';

CREATE TABLE child (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  cpr text NOT NULL CHECK (cpr ~ '^[0-9]{10}$'),
  first_name text NOT NULL CHECK (length(first_name) BETWEEN 1 AND 100),
  last_name text NOT NULL CHECK (length(last_name) BETWEEN 1 AND 100),
  birth_date date NOT NULL,
  household_id uuid NOT NULL,
  -- Denormalised from the household so that scope filters by district stay one indexed join away.
  district_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  -- Lower-cased names for prefix search. Row-level security lets an index serve only leakproof
  -- operators (not LIKE or lower()), so search compares these stored columns by range instead.
  search_name text GENERATED ALWAYS AS (lower(first_name || ' ' || last_name)) STORED,
  search_last_name text GENERATED ALWAYS AS (lower(last_name)) STORED,
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, cpr),
  FOREIGN KEY (municipality_id, household_id) REFERENCES household (municipality_id, id),
  FOREIGN KEY (municipality_id, district_id) REFERENCES district (municipality_id, id)
);
COMMENT ON TABLE child IS 'A child or young person 0-22. CPR is stored once, as 10 digits, and masked on output unless the role needs it.';
CREATE INDEX child_name_search ON child (municipality_id, search_name text_pattern_ops);
CREATE INDEX child_last_name_search ON child (municipality_id, search_last_name text_pattern_ops);
CREATE INDEX child_district ON child (municipality_id, district_id);
-- Lists are sorted by name; this index lets a search stop after the first page.
CREATE INDEX child_sort ON child (municipality_id, last_name, first_name, id);
-- CPR prefix search whatever the database's collation.
CREATE INDEX child_cpr_prefix ON child (municipality_id, cpr text_pattern_ops);

CREATE TABLE enrolment (
  municipality_id uuid NOT NULL,
  child_id uuid NOT NULL,
  group_id uuid NOT NULL,
  PRIMARY KEY (municipality_id, child_id, group_id),
  FOREIGN KEY (municipality_id, child_id) REFERENCES child (municipality_id, id),
  FOREIGN KEY (municipality_id, group_id) REFERENCES "group" (municipality_id, id)
);
COMMENT ON TABLE enrolment IS 'A child in a class or group.';
CREATE INDEX enrolment_group ON enrolment (municipality_id, group_id);

CREATE TABLE person (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  first_name text NOT NULL CHECK (length(first_name) BETWEEN 1 AND 100),
  last_name text NOT NULL CHECK (length(last_name) BETWEEN 1 AND 100),
  cpr text CHECK (cpr ~ '^[0-9]{10}$'),
  phone text CHECK (length(phone) <= 40),
  household_id uuid,
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, cpr),
  FOREIGN KEY (municipality_id, household_id) REFERENCES household (municipality_id, id)
);
COMMENT ON TABLE person IS 'An adult around a child: parent, relative, network member. Lives in a household or not.';

CREATE TABLE child_relation (
  municipality_id uuid NOT NULL,
  child_id uuid NOT NULL,
  person_id uuid NOT NULL,
  relation text NOT NULL CHECK (relation IN
    ('mother', 'father', 'parent', 'step_parent', 'grandparent', 'sibling_adult', 'aunt_uncle',
     'other_relative', 'friend_of_family', 'neighbour', 'professional', 'other')),
  has_custody boolean NOT NULL DEFAULT false,
  PRIMARY KEY (municipality_id, child_id, person_id),
  FOREIGN KEY (municipality_id, child_id) REFERENCES child (municipality_id, id),
  FOREIGN KEY (municipality_id, person_id) REFERENCES person (municipality_id, id)
);
COMMENT ON TABLE child_relation IS 'How a person stands to a child (parent, relative, network member).';
CREATE INDEX child_relation_person ON child_relation (municipality_id, person_id);

CREATE TABLE app_user (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  username text NOT NULL CHECK (username ~ '^[a-z0-9._-]{2,60}$'),
  display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
  role text NOT NULL CHECK (role IN
    ('professional', 'front', 'preventive_worker', 'caseworker', 'foster_care_consultant',
     'leader', 'analyst', 'admin')),
  title text CHECK (length(title) <= 100),
  phone text CHECK (length(phone) <= 40),
  password_hash text NOT NULL,
  on_call boolean NOT NULL DEFAULT false,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, username)
);
COMMENT ON TABLE app_user IS 'A staff account. Password hashes are argon2id.';

CREATE TABLE user_district (
  municipality_id uuid NOT NULL,
  user_id uuid NOT NULL,
  district_id uuid NOT NULL,
  PRIMARY KEY (municipality_id, user_id, district_id),
  FOREIGN KEY (municipality_id, user_id) REFERENCES app_user (municipality_id, id),
  FOREIGN KEY (municipality_id, district_id) REFERENCES district (municipality_id, id)
);
COMMENT ON TABLE user_district IS 'The districts a preventive worker, caseworker or leader works in.';

CREATE TABLE user_unit (
  municipality_id uuid NOT NULL,
  user_id uuid NOT NULL,
  unit_id uuid NOT NULL,
  PRIMARY KEY (municipality_id, user_id, unit_id),
  FOREIGN KEY (municipality_id, user_id) REFERENCES app_user (municipality_id, id),
  FOREIGN KEY (municipality_id, unit_id) REFERENCES unit (municipality_id, id)
);
COMMENT ON TABLE user_unit IS 'The units a professional works in.';

CREATE TABLE user_group (
  municipality_id uuid NOT NULL,
  user_id uuid NOT NULL,
  group_id uuid NOT NULL,
  PRIMARY KEY (municipality_id, user_id, group_id),
  FOREIGN KEY (municipality_id, user_id) REFERENCES app_user (municipality_id, id),
  FOREIGN KEY (municipality_id, group_id) REFERENCES "group" (municipality_id, id)
);
COMMENT ON TABLE user_group IS 'The classes or groups a professional teaches or looks after.';

CREATE TABLE session (
  municipality_id uuid NOT NULL,
  token_hash text NOT NULL CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  user_id uuid NOT NULL,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, token_hash),
  FOREIGN KEY (municipality_id, user_id) REFERENCES app_user (municipality_id, id)
);
COMMENT ON TABLE session IS 'A login session. Only the SHA-256 of the cookie token is stored.';

CREATE TABLE cases (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  child_id uuid NOT NULL,
  district_id uuid NOT NULL,
  caseworker_id uuid,
  foster_care_consultant_id uuid,
  opened_at timestamptz NOT NULL DEFAULT now(),
  opened_reason text NOT NULL CHECK (length(opened_reason) BETWEEN 1 AND 2000),
  closed_at timestamptz,
  closed_reason text,
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, child_id) REFERENCES child (municipality_id, id),
  FOREIGN KEY (municipality_id, district_id) REFERENCES district (municipality_id, id),
  FOREIGN KEY (municipality_id, caseworker_id) REFERENCES app_user (municipality_id, id),
  FOREIGN KEY (municipality_id, foster_care_consultant_id) REFERENCES app_user (municipality_id, id),
  CHECK ((closed_at IS NULL) = (closed_reason IS NULL))
);
COMMENT ON TABLE cases IS 'One child''s case. The foundation keeps who is responsible; case work extends it.';
CREATE INDEX cases_child ON cases (municipality_id, child_id);
CREATE INDEX cases_caseworker ON cases (municipality_id, caseworker_id);
CREATE INDEX cases_foster_care_consultant ON cases (municipality_id, foster_care_consultant_id);

CREATE TABLE emergency_access (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL,
  child_id uuid NOT NULL,
  reason text NOT NULL CHECK (length(reason) BETWEEN 10 AND 2000),
  granted_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, user_id) REFERENCES app_user (municipality_id, id),
  FOREIGN KEY (municipality_id, child_id) REFERENCES child (municipality_id, id),
  CHECK (expires_at > granted_at)
);
COMMENT ON TABLE emergency_access IS 'Reading a child outside one''s scope, with a reason. Flagged in the audit log.';
CREATE INDEX emergency_access_user_child ON emergency_access (municipality_id, user_id, child_id);

CREATE TABLE audit_log (
  municipality_id uuid NOT NULL,
  seq bigint NOT NULL CHECK (seq > 0),
  at timestamptz NOT NULL,
  user_id uuid,
  role text,
  action text NOT NULL CHECK (length(action) BETWEEN 1 AND 60),
  entity_type text NOT NULL CHECK (length(entity_type) BETWEEN 1 AND 60),
  entity_id text,
  outcome text NOT NULL CHECK (outcome IN ('allowed', 'denied')),
  emergency boolean NOT NULL DEFAULT false,
  reason text,
  details jsonb NOT NULL DEFAULT '{}'::jsonb,
  prev_hash text NOT NULL CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
  hash text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
  PRIMARY KEY (municipality_id, seq)
);
COMMENT ON TABLE audit_log IS 'Append-only log of every read and write of person data. Each row carries the SHA-256 of the one before (per municipality).';
CREATE INDEX audit_log_entity ON audit_log (municipality_id, entity_type, entity_id);
CREATE INDEX audit_log_user ON audit_log (municipality_id, user_id, at);
CREATE INDEX audit_log_at ON audit_log (municipality_id, at);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

-- Row-level security on every tenant table, enforced for the owner too.
DO $$
DECLARE t text;
BEGIN
  FOR t IN SELECT unnest(ARRAY['district', 'unit', 'group', 'household', 'child', 'enrolment', 'person',
      'child_relation', 'app_user', 'user_district', 'user_unit', 'user_group', 'session', 'cases',
      'emergency_access', 'audit_log'])
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (municipality_id = current_municipality_id()) '
      'WITH CHECK (municipality_id = current_municipality_id())', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO trappen_app', t);
  END LOOP;
END
$$;
ALTER TABLE municipality ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON municipality USING (id = current_municipality_id());
GRANT SELECT ON municipality TO trappen_app;
REVOKE UPDATE, DELETE ON audit_log FROM trappen_app;
GRANT USAGE ON SCHEMA public TO trappen_app;
