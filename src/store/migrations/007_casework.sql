-- Case work (sagsbehandling): the case and who is responsible for it, the assessment (BL § 20)
-- and clarification (BL § 19) with the ICS triangle, Signs of Safety and the child conversation,
-- family meetings and the network map, the child's plan with goals, measures from the catalog on
-- the ladder, follow-ups with progress ratings, the journal. Same rules as 001–005:
-- municipality_id first in every primary key and unique constraint and in every foreign key
-- between tenant tables, row-level security on every table, CHECK constraints on every value.
-- Nothing is deleted. Editable records carry `version` for optimistic locking: an UPDATE names
-- the version it read and bumps it, so a stale save changes no row and gets 409.
-- Deadlines are not stored: they are computed from these records by src/core/casework, so a
-- record's date corrected is a deadline corrected.

CREATE TABLE casework_setting (
  municipality_id uuid NOT NULL REFERENCES municipality (id),
  quiet_weeks integer NOT NULL DEFAULT 6 CHECK (quiet_weeks BETWEEN 1 AND 52),
  caseload_target integer NOT NULL DEFAULT 20 CHECK (caseload_target BETWEEN 1 AND 200),
  home_follow_up_months integer NOT NULL DEFAULT 3 CHECK (home_follow_up_months BETWEEN 1 AND 12),
  placement_follow_up_weeks integer NOT NULL DEFAULT 6 CHECK (placement_follow_up_weeks BETWEEN 1 AND 52),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid,
  PRIMARY KEY (municipality_id),
  FOREIGN KEY (municipality_id, updated_by) REFERENCES app_user (municipality_id, id)
);
COMMENT ON TABLE casework_setting IS 'Local case-work rules (domain.md): quiet case after N weeks without contact, caseload target, follow-up cadence by track. No row = the defaults of src/core/casework.';

-- The case as the case-work area extends it.
ALTER TABLE cases
  ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version > 0),
  ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
  -- The day the municipality became aware (rule assessment-4m runs from it).
  ADD COLUMN aware_on date,
  -- The family's one contact person (siblings in a household share one).
  ADD COLUMN contact_person_id uuid,
  -- "One plan for the family": the parents' contact in adult or employment services.
  ADD COLUMN parent_services_contact text CHECK (length(parent_services_contact) BETWEEN 1 AND 300),
  ADD COLUMN close_reason_code text CHECK (close_reason_code IN ('goals_met', 'moved_away',
    'turned_23', 'transferred', 'no_longer_needed', 'other')),
  ADD COLUMN created_by uuid,
  ADD CONSTRAINT cases_contact_person_fk FOREIGN KEY (municipality_id, contact_person_id)
    REFERENCES app_user (municipality_id, id),
  ADD CONSTRAINT cases_created_by_fk FOREIGN KEY (municipality_id, created_by)
    REFERENCES app_user (municipality_id, id),
  ADD CONSTRAINT cases_close_reason_code CHECK (closed_at IS NULL OR close_reason_code IS NOT NULL);
CREATE INDEX cases_district_open ON cases (municipality_id, district_id) WHERE closed_at IS NULL;
-- One open case per child: a second report continues the open case.
CREATE UNIQUE INDEX cases_one_open_per_child ON cases (municipality_id, child_id) WHERE closed_at IS NULL;

CREATE TABLE case_assignment (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  responsibility text NOT NULL CHECK (responsibility IN ('caseworker', 'foster_care_consultant',
    'contact_person')),
  user_id uuid,
  assigned_by uuid NOT NULL,
  assigned_at timestamptz NOT NULL DEFAULT now(),
  reason text CHECK (length(reason) BETWEEN 1 AND 1000),
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, case_id) REFERENCES cases (municipality_id, id),
  FOREIGN KEY (municipality_id, user_id) REFERENCES app_user (municipality_id, id),
  FOREIGN KEY (municipality_id, assigned_by) REFERENCES app_user (municipality_id, id)
);
COMMENT ON TABLE case_assignment IS 'Every (re)assignment of a case''s caseworker, foster-care consultant or contact person, with who did it and why: the history behind the current columns of cases.';
CREATE INDEX case_assignment_case ON case_assignment (municipality_id, case_id, assigned_at);

CREATE TABLE assessment (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('assessment', 'clarification')),
  aware_on date NOT NULL,
  -- The ICS triangle.
  development text CHECK (length(development) <= 20000),
  parenting text CHECK (length(parenting) <= 20000),
  family_environment text CHECK (length(family_environment) <= 20000),
  -- Signs of Safety.
  worries text CHECK (length(worries) <= 20000),
  what_works text CHECK (length(what_works) <= 20000),
  what_must_happen text CHECK (length(what_must_happen) <= 20000),
  -- Past 4 months without conclusion: the provisional assessment of BL § 20, stk. 3.
  provisional_on date,
  provisional_text text CHECK (length(provisional_text) BETWEEN 1 AND 20000),
  conclusion text CHECK (length(conclusion) BETWEEN 1 AND 20000),
  proposed_step_id uuid,
  proposed_offer_ids uuid[] NOT NULL DEFAULT '{}' CHECK (cardinality(proposed_offer_ids) <= 20),
  completed_on date,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1 CHECK (version > 0),
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, case_id) REFERENCES cases (municipality_id, id),
  FOREIGN KEY (municipality_id, proposed_step_id) REFERENCES step (municipality_id, id),
  FOREIGN KEY (municipality_id, created_by) REFERENCES app_user (municipality_id, id),
  CHECK ((provisional_on IS NULL) = (provisional_text IS NULL)),
  CHECK (completed_on IS NULL OR conclusion IS NOT NULL),
  CHECK (completed_on IS NULL OR completed_on >= aware_on),
  CHECK (provisional_on IS NULL OR provisional_on >= aware_on)
);
COMMENT ON TABLE assessment IS 'A child assessment (børnefaglig undersøgelse, BL § 20) or clarification (afdækning, BL § 19): ICS triangle, Signs of Safety, conclusion with proposed step and offers. Due 4 months after aware_on (local target 2).';
CREATE INDEX assessment_case ON assessment (municipality_id, case_id);
CREATE INDEX assessment_open ON assessment (municipality_id, aware_on) WHERE completed_on IS NULL;

CREATE TABLE safety_rating (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  assessment_id uuid NOT NULL,
  participant text NOT NULL CHECK (length(participant) BETWEEN 1 AND 200),
  participant_role text NOT NULL CHECK (participant_role IN ('child', 'parent', 'network',
    'caseworker', 'professional', 'other')),
  score integer NOT NULL CHECK (score BETWEEN 0 AND 10),
  rated_on date NOT NULL,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, assessment_id) REFERENCES assessment (municipality_id, id),
  FOREIGN KEY (municipality_id, created_by) REFERENCES app_user (municipality_id, id)
);
COMMENT ON TABLE safety_rating IS 'Signs of Safety''s safety scale (0 = the child cannot stay, 10 = safe enough to close) from each participant.';
CREATE INDEX safety_rating_assessment ON safety_rating (municipality_id, assessment_id);

CREATE TABLE child_conversation (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  assessment_id uuid,
  held_on date NOT NULL,
  form text NOT NULL CHECK (form IN ('conversation', 'walk_and_talk', 'play_or_drawing',
    'observation', 'with_trusted_adult', 'written', 'other')),
  child_words text NOT NULL CHECK (length(child_words) BETWEEN 1 AND 20000),
  held_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, case_id) REFERENCES cases (municipality_id, id),
  FOREIGN KEY (municipality_id, assessment_id) REFERENCES assessment (municipality_id, id),
  FOREIGN KEY (municipality_id, held_by) REFERENCES app_user (municipality_id, id)
);
COMMENT ON TABLE child_conversation IS 'The child conversation (børnesamtale, BL § 5): date, form and the child''s own words.';
CREATE INDEX child_conversation_case ON child_conversation (municipality_id, case_id, held_on);

CREATE TABLE family_meeting (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  assessment_id uuid,
  held_on date NOT NULL,
  purpose text NOT NULL CHECK (length(purpose) BETWEEN 1 AND 2000),
  -- [{name, relation}]: family, network, professionals.
  participants jsonb NOT NULL CHECK (jsonb_typeof(participants) = 'array'
    AND jsonb_array_length(participants) BETWEEN 1 AND 40),
  agreements text CHECK (length(agreements) <= 20000),
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, case_id) REFERENCES cases (municipality_id, id),
  FOREIGN KEY (municipality_id, assessment_id) REFERENCES assessment (municipality_id, id),
  FOREIGN KEY (municipality_id, created_by) REFERENCES app_user (municipality_id, id)
);
COMMENT ON TABLE family_meeting IS 'A family meeting (familiemøde): family, network and professionals; who took part and what was agreed.';
CREATE INDEX family_meeting_case ON family_meeting (municipality_id, case_id, held_on);

CREATE TABLE network_member (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  relation text NOT NULL CHECK (length(relation) BETWEEN 1 AND 100),
  closeness text NOT NULL CHECK (closeness IN ('close', 'middle', 'distant')),
  contributions text[] NOT NULL DEFAULT '{}' CHECK (contributions <@ ARRAY['pick_up', 'weekends',
    'support', 'practical_help', 'respite', 'network_foster_family']::text[]),
  phone text CHECK (length(phone) BETWEEN 3 AND 40),
  notes text CHECK (length(notes) <= 4000),
  active boolean NOT NULL DEFAULT true,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1 CHECK (version > 0),
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, case_id) REFERENCES cases (municipality_id, id),
  FOREIGN KEY (municipality_id, created_by) REFERENCES app_user (municipality_id, id)
);
COMMENT ON TABLE network_member IS 'The network map: a person around the child, relation, closeness and what they can contribute (pick-up, weekends, support, a possible network foster family).';
CREATE INDEX network_member_case ON network_member (municipality_id, case_id);

CREATE TABLE plan (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('child_plan', 'youth_plan')),
  agreed_on date NOT NULL,
  -- [{name, relation}]: who took part in agreeing the plan.
  participants jsonb NOT NULL CHECK (jsonb_typeof(participants) = 'array'
    AND jsonb_array_length(participants) BETWEEN 1 AND 40),
  summary text CHECK (length(summary) <= 20000),
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1 CHECK (version > 0),
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, case_id) REFERENCES cases (municipality_id, id),
  FOREIGN KEY (municipality_id, created_by) REFERENCES app_user (municipality_id, id)
);
COMMENT ON TABLE plan IS 'The child''s plan (barnets plan, BL § 91) or youth plan (ungeplan, BL § 108), agreed with the family; goals in plan_goal.';
CREATE INDEX plan_case ON plan (municipality_id, case_id, agreed_on);

CREATE TABLE measure (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  child_id uuid NOT NULL,
  offer_id uuid NOT NULL,
  -- The offer's step in the ladder version in force when the measure was decided.
  step_id uuid NOT NULL,
  step_position integer NOT NULL CHECK (step_position BETWEEN 1 AND 30),
  ladder_version_id uuid NOT NULL,
  track text NOT NULL CHECK (track IN ('early', 'home', 'placement')),
  start_on date NOT NULL,
  planned_end_on date,
  ended_on date,
  end_reason text CHECK (end_reason IN ('goals_met', 'step_down', 'step_up', 'no_effect',
    'breakdown', 'moved_away', 'turned_18', 'turned_23', 'other')),
  legal_basis text NOT NULL CHECK (length(legal_basis) BETWEEN 1 AND 200),
  provider text CHECK (length(provider) BETWEEN 1 AND 200),
  monthly_cost numeric(12, 2) CHECK (monthly_cost >= 0),
  -- A move to a placement step: the forum decision behind it (the forums area makes the forum).
  forum_decision_ref text CHECK (length(forum_decision_ref) BETWEEN 1 AND 300),
  -- Weeks between follow-ups, decided at the first follow-up (null = the track's default).
  follow_up_cadence_weeks integer CHECK (follow_up_cadence_weeks BETWEEN 1 AND 52),
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1 CHECK (version > 0),
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, case_id) REFERENCES cases (municipality_id, id),
  FOREIGN KEY (municipality_id, child_id) REFERENCES child (municipality_id, id),
  FOREIGN KEY (municipality_id, offer_id) REFERENCES offer (municipality_id, id),
  FOREIGN KEY (municipality_id, step_id) REFERENCES step (municipality_id, id),
  FOREIGN KEY (municipality_id, ladder_version_id) REFERENCES ladder_version (municipality_id, id),
  FOREIGN KEY (municipality_id, created_by) REFERENCES app_user (municipality_id, id),
  CHECK (planned_end_on IS NULL OR planned_end_on >= start_on),
  CHECK (ended_on IS NULL OR ended_on >= start_on),
  CHECK ((ended_on IS NULL) = (end_reason IS NULL)),
  CHECK (track <> 'placement' OR forum_decision_ref IS NOT NULL)
);
COMMENT ON TABLE measure IS 'A support measure (indsats/foranstaltning) from the catalog: offer, step as in force, start, planned and actual end, legal basis, provider, monthly cost. Active on [start_on, ended_on).';
CREATE INDEX measure_case ON measure (municipality_id, case_id);
CREATE INDEX measure_child ON measure (municipality_id, child_id, start_on);
CREATE INDEX measure_active ON measure (municipality_id, step_position) WHERE ended_on IS NULL;

CREATE TABLE plan_goal (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  plan_id uuid NOT NULL,
  position integer NOT NULL CHECK (position BETWEEN 1 AND 50),
  ics_area text NOT NULL CHECK (ics_area IN ('development', 'parenting', 'family_environment')),
  text text NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
  achieved_on date,
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, plan_id, position),
  FOREIGN KEY (municipality_id, plan_id) REFERENCES plan (municipality_id, id)
);
COMMENT ON TABLE plan_goal IS 'A concrete goal of a plan, tied to an ICS area; the measures serving it are in goal_measure.';

CREATE TABLE goal_measure (
  municipality_id uuid NOT NULL,
  goal_id uuid NOT NULL,
  measure_id uuid NOT NULL,
  PRIMARY KEY (municipality_id, goal_id, measure_id),
  FOREIGN KEY (municipality_id, goal_id) REFERENCES plan_goal (municipality_id, id),
  FOREIGN KEY (municipality_id, measure_id) REFERENCES measure (municipality_id, id)
);
COMMENT ON TABLE goal_measure IS 'Which measures serve which goal.';
CREATE INDEX goal_measure_measure ON goal_measure (municipality_id, measure_id);

CREATE TABLE ladder_move (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  child_id uuid NOT NULL,
  case_id uuid NOT NULL,
  -- The measure whose start or end caused the move.
  measure_id uuid,
  moved_on date NOT NULL,
  from_position integer NOT NULL CHECK (from_position BETWEEN 0 AND 30),
  to_position integer NOT NULL CHECK (to_position BETWEEN 0 AND 30),
  direction text NOT NULL CHECK (direction IN ('up', 'down')),
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
  forum_decision_ref text CHECK (length(forum_decision_ref) BETWEEN 1 AND 300),
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, child_id) REFERENCES child (municipality_id, id),
  FOREIGN KEY (municipality_id, case_id) REFERENCES cases (municipality_id, id),
  FOREIGN KEY (municipality_id, measure_id) REFERENCES measure (municipality_id, id),
  FOREIGN KEY (municipality_id, created_by) REFERENCES app_user (municipality_id, id),
  CHECK (from_position <> to_position),
  CHECK ((direction = 'up') = (to_position > from_position))
);
COMMENT ON TABLE ladder_move IS 'Every change of the child''s current step (the highest step among active measures, 0 with none): up or down, when and why. F12 counts them.';
CREATE INDEX ladder_move_child ON ladder_move (municipality_id, child_id, moved_on);
CREATE INDEX ladder_move_on ON ladder_move (municipality_id, moved_on);

CREATE TABLE follow_up (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  measure_id uuid,
  kind text NOT NULL CHECK (kind IN ('first', 'regular', 'supervision_visit', 'aftercare')),
  held_on date NOT NULL,
  decision text CHECK (decision IN ('continue', 'adjust', 'step_down', 'stop')),
  next_cadence_weeks integer CHECK (next_cadence_weeks BETWEEN 1 AND 52),
  notes text CHECK (length(notes) <= 20000),
  held_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  idempotency_key text CHECK (idempotency_key ~ '^[A-Za-z0-9_-]{8,100}$'),
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, idempotency_key),
  FOREIGN KEY (municipality_id, case_id) REFERENCES cases (municipality_id, id),
  FOREIGN KEY (municipality_id, measure_id) REFERENCES measure (municipality_id, id),
  FOREIGN KEY (municipality_id, held_by) REFERENCES app_user (municipality_id, id),
  CHECK (kind IN ('supervision_visit', 'aftercare') OR (measure_id IS NOT NULL AND decision IS NOT NULL))
);
COMMENT ON TABLE follow_up IS 'A follow-up (opfølgning, BL § 95) of a measure and the plan with its decision, or a supervision visit to a placed child (BL § 156), or the aftercare decision before 18 (BL § 111).';
CREATE INDEX follow_up_case ON follow_up (municipality_id, case_id, held_on);
CREATE INDEX follow_up_measure ON follow_up (municipality_id, measure_id, held_on);

CREATE TABLE progress_rating (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  follow_up_id uuid NOT NULL,
  goal_id uuid NOT NULL,
  rater text NOT NULL CHECK (rater IN ('child', 'parent', 'caseworker', 'teacher', 'other')),
  score integer NOT NULL CHECK (score BETWEEN 0 AND 10),
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, follow_up_id, goal_id, rater),
  FOREIGN KEY (municipality_id, follow_up_id) REFERENCES follow_up (municipality_id, id),
  FOREIGN KEY (municipality_id, goal_id) REFERENCES plan_goal (municipality_id, id)
);
COMMENT ON TABLE progress_rating IS 'A 0–10 rating of a goal at a follow-up by the child, a parent, the caseworker or e.g. the teacher (FIT).';
CREATE INDEX progress_rating_goal ON progress_rating (municipality_id, goal_id);

CREATE TABLE journal_entry (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('conversation', 'home_visit', 'meeting', 'phone', 'decision',
    'note')),
  occurred_at timestamptz NOT NULL,
  text text NOT NULL CHECK (length(text) BETWEEN 1 AND 20000),
  -- A correction is a new entry pointing to the one it corrects; nothing is edited.
  corrects_id uuid,
  written_by uuid NOT NULL,
  written_at timestamptz NOT NULL DEFAULT now(),
  idempotency_key text CHECK (idempotency_key ~ '^[A-Za-z0-9_-]{8,100}$'),
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, idempotency_key),
  FOREIGN KEY (municipality_id, case_id) REFERENCES cases (municipality_id, id),
  FOREIGN KEY (municipality_id, corrects_id) REFERENCES journal_entry (municipality_id, id),
  FOREIGN KEY (municipality_id, written_by) REFERENCES app_user (municipality_id, id),
  CHECK (occurred_at <= written_at + interval '5 minutes')
);
COMMENT ON TABLE journal_entry IS 'The case journal: dated entries, append-only; a correction is a new entry pointing to the old one.';
CREATE INDEX journal_entry_case ON journal_entry (municipality_id, case_id, occurred_at);
-- "Quiet cases": the last contact of each case.
CREATE INDEX journal_entry_contact ON journal_entry (municipality_id, case_id, occurred_at DESC)
  WHERE kind IN ('conversation', 'home_visit', 'meeting', 'phone');

DO $$
DECLARE t text;
BEGIN
  FOR t IN SELECT unnest(ARRAY['casework_setting', 'case_assignment', 'assessment', 'safety_rating',
      'child_conversation', 'family_meeting', 'network_member', 'plan', 'measure', 'plan_goal',
      'goal_measure', 'ladder_move', 'follow_up', 'progress_rating', 'journal_entry'])
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (municipality_id = current_municipality_id()) '
      'WITH CHECK (municipality_id = current_municipality_id())', t);
    EXECUTE format('GRANT SELECT, INSERT ON %I TO trappen_app', t);
  END LOOP;
  -- Editable records (optimistic locking by version). Everything else is append-only.
  FOR t IN SELECT unnest(ARRAY['casework_setting', 'assessment', 'network_member', 'plan', 'measure',
      'plan_goal'])
  LOOP
    EXECUTE format('GRANT UPDATE ON %I TO trappen_app', t);
  END LOOP;
END
$$;
