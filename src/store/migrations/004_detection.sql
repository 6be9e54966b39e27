-- Early detection (opsporing): concerns on the common scale (Børnelinealen 1–10), wellbeing
-- checks of whole groups, signals raised by explicit rules into the queue of the district's
-- preventive worker, following a child as known to preventive work, transition conversations.
-- Same rules as 001/002: municipality_id first in every primary key and unique constraint, in
-- every foreign key between tenant tables, row-level security on every table. Nothing here is
-- ever deleted (no DELETE grant): a concern is corrected, a signal closed, a follow ended.

CREATE TABLE detection_setting (
  municipality_id uuid NOT NULL REFERENCES municipality (id),
  must_report_below integer NOT NULL DEFAULT 5 CHECK (must_report_below BETWEEN 2 AND 10),
  several_professionals_enabled boolean NOT NULL DEFAULT true,
  several_professionals_min integer NOT NULL DEFAULT 2 CHECK (several_professionals_min BETWEEN 2 AND 10),
  several_professionals_days integer NOT NULL DEFAULT 90 CHECK (several_professionals_days BETWEEN 7 AND 730),
  red_after_yellow_enabled boolean NOT NULL DEFAULT true,
  low_level_enabled boolean NOT NULL DEFAULT true,
  low_level_max integer NOT NULL DEFAULT 4 CHECK (low_level_max BETWEEN 1 AND 9),
  level_drop_enabled boolean NOT NULL DEFAULT true,
  level_drop_min integer NOT NULL DEFAULT 3 CHECK (level_drop_min BETWEEN 1 AND 9),
  level_drop_days integer NOT NULL DEFAULT 365 CHECK (level_drop_days BETWEEN 7 AND 730),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid,
  PRIMARY KEY (municipality_id),
  FOREIGN KEY (municipality_id, updated_by) REFERENCES app_user (municipality_id, id)
);
COMMENT ON TABLE detection_setting IS 'The admin''s detection rules: the level below which the guide states the duty to report, and the signal rules. No row = the defaults (src/core/detection/settings.ts).';

CREATE TABLE concern (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  child_id uuid NOT NULL,
  author_id uuid NOT NULL,
  -- The author's unit the child is enrolled in (null for a preventive worker): figures count by source.
  unit_id uuid,
  level integer NOT NULL CHECK (level BETWEEN 1 AND 10),
  development_text text CHECK (length(development_text) BETWEEN 1 AND 2000),
  parenting_text text CHECK (length(parenting_text) BETWEEN 1 AND 2000),
  family_environment_text text CHECK (length(family_environment_text) BETWEEN 1 AND 2000),
  risk_factors text[] NOT NULL DEFAULT '{}' CHECK (risk_factors <@ ARRAY['weakened_parenting',
    'parental_substance_abuse', 'unstable_family_structure', 'violence', 'absent_father',
    'social_isolation', 'somatic_illness', 'mental_illness', 'unemployment']::text[]),
  protective_factors text[] NOT NULL DEFAULT '{}' CHECK (protective_factors <@ ARRAY['good_cognitive_abilities',
    'balanced_temperament', 'self_confidence', 'empathy', 'prosocial_skills', 'flexible_coping',
    'secure_attachment', 'caring_consistent_upbringing', 'clear_norms', 'positive_teacher_relations']::text[]),
  parents_informed boolean NOT NULL,
  status text NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'in_progress', 'closed')),
  -- Set when someone first acts on it; from then on its author appends corrections instead of editing.
  locked_at timestamptz,
  closed_at timestamptz,
  idempotency_key text CHECK (idempotency_key ~ '^[A-Za-z0-9_-]{8,100}$'),
  request_hash text CHECK (length(request_hash) = 64),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, idempotency_key),
  FOREIGN KEY (municipality_id, child_id) REFERENCES child (municipality_id, id),
  FOREIGN KEY (municipality_id, author_id) REFERENCES app_user (municipality_id, id),
  FOREIGN KEY (municipality_id, unit_id) REFERENCES unit (municipality_id, id),
  CHECK (development_text IS NOT NULL OR parenting_text IS NOT NULL OR family_environment_text IS NOT NULL),
  CHECK ((status = 'closed') = (closed_at IS NOT NULL)),
  CHECK (closed_at IS NULL OR locked_at IS NOT NULL),
  CHECK ((idempotency_key IS NULL) = (request_hash IS NULL))
);
COMMENT ON TABLE concern IS 'A professional''s registered worry about a child on the common scale 1-10 (10 = thriving), with ICS areas, risk and protective factors. Editable by its author until locked_at; corrected after.';
CREATE INDEX concern_child ON concern (municipality_id, child_id, created_at);
CREATE INDEX concern_author ON concern (municipality_id, author_id, created_at);

CREATE TABLE concern_correction (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  concern_id uuid NOT NULL,
  author_id uuid NOT NULL,
  text text NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
  level_before integer CHECK (level_before BETWEEN 1 AND 10),
  level integer CHECK (level BETWEEN 1 AND 10),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, concern_id) REFERENCES concern (municipality_id, id),
  FOREIGN KEY (municipality_id, author_id) REFERENCES app_user (municipality_id, id),
  CHECK ((level IS NULL) = (level_before IS NULL))
);
COMMENT ON TABLE concern_correction IS 'A correction appended to a concern by its author; a corrected level becomes the concern''s level, the one before is kept here.';
CREATE INDEX concern_correction_concern ON concern_correction (municipality_id, concern_id, created_at);

CREATE TABLE wellbeing_round (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  group_id uuid NOT NULL,
  rated_by uuid NOT NULL,
  idempotency_key text NOT NULL CHECK (idempotency_key ~ '^[A-Za-z0-9_-]{8,100}$'),
  request_hash text NOT NULL CHECK (length(request_hash) = 64),
  rated_on date NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, idempotency_key),
  FOREIGN KEY (municipality_id, group_id) REFERENCES "group" (municipality_id, id),
  FOREIGN KEY (municipality_id, rated_by) REFERENCES app_user (municipality_id, id)
);
COMMENT ON TABLE wellbeing_round IS 'One saved wellbeing check of a group (trivselsvurdering): its ratings are stored at once or not at all. The idempotency key makes a double submit store it once.';
CREATE INDEX wellbeing_round_group ON wellbeing_round (municipality_id, group_id, created_at);

CREATE TABLE wellbeing_rating (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  round_id uuid NOT NULL,
  group_id uuid NOT NULL,
  child_id uuid NOT NULL,
  color text NOT NULL CHECK (color IN ('green', 'yellow', 'red')),
  note text CHECK (length(note) BETWEEN 1 AND 500),
  rated_at timestamptz NOT NULL,
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, round_id, child_id),
  FOREIGN KEY (municipality_id, round_id) REFERENCES wellbeing_round (municipality_id, id),
  FOREIGN KEY (municipality_id, group_id) REFERENCES "group" (municipality_id, id),
  FOREIGN KEY (municipality_id, child_id) REFERENCES child (municipality_id, id),
  CHECK (color <> 'green' OR note IS NULL)
);
COMMENT ON TABLE wellbeing_rating IS 'One child''s green/yellow/red rating in a wellbeing round; a note only on yellow and red.';
CREATE INDEX wellbeing_rating_child ON wellbeing_rating (municipality_id, child_id, rated_at);
CREATE INDEX wellbeing_rating_group ON wellbeing_rating (municipality_id, group_id, child_id, rated_at);

CREATE TABLE signal (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  child_id uuid NOT NULL,
  rule text NOT NULL CHECK (rule IN ('several_professionals', 'red_after_yellow', 'low_level', 'level_drop')),
  explanation text NOT NULL CHECK (length(explanation) BETWEEN 1 AND 1000),
  status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'acknowledged', 'contacted', 'closed')),
  raised_at timestamptz NOT NULL DEFAULT now(),
  -- The user whose concern or rating raised it.
  raised_by uuid NOT NULL,
  last_triggered_at timestamptz NOT NULL DEFAULT now(),
  acknowledged_at timestamptz,
  first_contact_on date,
  outcome text CHECK (outcome IN ('universal', 'early_offer', 'report')),
  outcome_on date,
  offer_id uuid,
  closed_at timestamptz,
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, child_id) REFERENCES child (municipality_id, id),
  FOREIGN KEY (municipality_id, raised_by) REFERENCES app_user (municipality_id, id),
  FOREIGN KEY (municipality_id, offer_id) REFERENCES offer (municipality_id, id),
  CHECK ((status = 'closed') = (outcome IS NOT NULL)),
  CHECK ((outcome IS NULL) = (outcome_on IS NULL)),
  CHECK ((outcome IS NULL) = (closed_at IS NULL)),
  CHECK (offer_id IS NULL OR outcome = 'early_offer'),
  CHECK (outcome IS DISTINCT FROM 'early_offer' OR offer_id IS NOT NULL),
  CHECK (status = 'new' OR acknowledged_at IS NOT NULL),
  CHECK (status <> 'contacted' OR first_contact_on IS NOT NULL)
);
COMMENT ON TABLE signal IS 'An item in the preventive worker''s queue, raised by a signal rule about one child. Every step is dated (acknowledged, first contact, outcome) for figure F3.';
CREATE INDEX signal_child ON signal (municipality_id, child_id, raised_at);
CREATE INDEX signal_status ON signal (municipality_id, status, raised_at);
-- One open signal per child and rule: a new trigger while one is open joins it instead.
CREATE UNIQUE INDEX signal_open_per_rule ON signal (municipality_id, child_id, rule) WHERE status <> 'closed';

CREATE TABLE signal_trigger (
  municipality_id uuid NOT NULL,
  trigger_key text NOT NULL CHECK (length(trigger_key) BETWEEN 1 AND 200),
  signal_id uuid NOT NULL,
  explanation text NOT NULL CHECK (length(explanation) BETWEEN 1 AND 1000),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, trigger_key),
  FOREIGN KEY (municipality_id, signal_id) REFERENCES signal (municipality_id, id)
);
COMMENT ON TABLE signal_trigger IS 'Each trigger (rule + the concern or rating that made it hold) once: a rule never raises twice for the same trigger.';
CREATE INDEX signal_trigger_signal ON signal_trigger (municipality_id, signal_id);

CREATE TABLE signal_concern (
  municipality_id uuid NOT NULL,
  signal_id uuid NOT NULL,
  concern_id uuid NOT NULL,
  PRIMARY KEY (municipality_id, signal_id, concern_id),
  FOREIGN KEY (municipality_id, signal_id) REFERENCES signal (municipality_id, id),
  FOREIGN KEY (municipality_id, concern_id) REFERENCES concern (municipality_id, id)
);
COMMENT ON TABLE signal_concern IS 'The concerns behind a signal; acting on the signal locks them and sets their status.';
CREATE INDEX signal_concern_concern ON signal_concern (municipality_id, concern_id);

CREATE TABLE signal_rating (
  municipality_id uuid NOT NULL,
  signal_id uuid NOT NULL,
  rating_id uuid NOT NULL,
  PRIMARY KEY (municipality_id, signal_id, rating_id),
  FOREIGN KEY (municipality_id, signal_id) REFERENCES signal (municipality_id, id),
  FOREIGN KEY (municipality_id, rating_id) REFERENCES wellbeing_rating (municipality_id, id)
);
COMMENT ON TABLE signal_rating IS 'The wellbeing ratings behind a signal.';

CREATE TABLE signal_action (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  signal_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('acknowledge', 'contact', 'outcome')),
  actor_id uuid NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  -- The day it happened (a contact made yesterday is recorded today).
  on_date date NOT NULL,
  note text CHECK (length(note) BETWEEN 1 AND 2000),
  outcome text CHECK (outcome IN ('universal', 'early_offer', 'report')),
  offer_id uuid,
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, signal_id) REFERENCES signal (municipality_id, id),
  FOREIGN KEY (municipality_id, actor_id) REFERENCES app_user (municipality_id, id),
  FOREIGN KEY (municipality_id, offer_id) REFERENCES offer (municipality_id, id),
  CHECK ((kind = 'outcome') = (outcome IS NOT NULL)),
  CHECK (offer_id IS NULL OR outcome = 'early_offer'),
  CHECK (outcome IS DISTINCT FROM 'early_offer' OR offer_id IS NOT NULL)
);
COMMENT ON TABLE signal_action IS 'A dated step in the queue: acknowledged, contact made, or the outcome (universal setting, early offer, report).';
CREATE INDEX signal_action_signal ON signal_action (municipality_id, signal_id, at);

CREATE TABLE preventive_follow (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  child_id uuid NOT NULL,
  started_by uuid NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  note text CHECK (length(note) BETWEEN 1 AND 2000),
  ended_by uuid,
  ended_at timestamptz,
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, child_id) REFERENCES child (municipality_id, id),
  FOREIGN KEY (municipality_id, started_by) REFERENCES app_user (municipality_id, id),
  FOREIGN KEY (municipality_id, ended_by) REFERENCES app_user (municipality_id, id),
  CHECK ((ended_at IS NULL) = (ended_by IS NULL)),
  CHECK (ended_at IS NULL OR ended_at >= started_at)
);
COMMENT ON TABLE preventive_follow IS 'A child followed as known to preventive work, without a case (figure F2).';
CREATE UNIQUE INDEX preventive_follow_current ON preventive_follow (municipality_id, child_id) WHERE ended_at IS NULL;

CREATE TABLE transition_conversation (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  child_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('home_to_daycare', 'daycare_to_school', 'school_to_youth_education')),
  held_on date NOT NULL,
  participants jsonb NOT NULL CHECK (jsonb_typeof(participants) = 'array'
    AND jsonb_array_length(participants) BETWEEN 1 AND 20),
  summary text CHECK (length(summary) BETWEEN 1 AND 4000),
  follow_up text CHECK (length(follow_up) BETWEEN 1 AND 2000),
  follow_up_due date,
  recorded_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, child_id) REFERENCES child (municipality_id, id),
  FOREIGN KEY (municipality_id, recorded_by) REFERENCES app_user (municipality_id, id),
  CHECK (follow_up_due IS NULL OR follow_up IS NOT NULL),
  CHECK (follow_up_due IS NULL OR follow_up_due >= held_on)
);
COMMENT ON TABLE transition_conversation IS 'A transition conversation (overgangssamtale): home to daycare, daycare to school, school to youth education; participants as [{name, role}] and any follow-up agreed.';
CREATE INDEX transition_conversation_child ON transition_conversation (municipality_id, child_id, held_on);

DO $$
DECLARE t text;
BEGIN
  FOR t IN SELECT unnest(ARRAY['detection_setting', 'concern', 'concern_correction', 'wellbeing_round',
      'wellbeing_rating', 'signal', 'signal_trigger', 'signal_concern', 'signal_rating', 'signal_action',
      'preventive_follow', 'transition_conversation'])
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (municipality_id = current_municipality_id()) '
      'WITH CHECK (municipality_id = current_municipality_id())', t);
    EXECUTE format('GRANT SELECT, INSERT ON %I TO trappen_app', t);
  END LOOP;
  -- Only these change after they are written: settings, a concern before its lock (and its
  -- status), a signal's steps, a follow's end. Everything else is append-only.
  FOR t IN SELECT unnest(ARRAY['detection_setting', 'concern', 'signal', 'preventive_follow'])
  LOOP
    EXECUTE format('GRANT UPDATE ON %I TO trappen_app', t);
  END LOOP;
END
$$;
