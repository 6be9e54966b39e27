-- The forums decide (issue #12, docs/forums.md): the municipality's forum rules, proposals
-- (indstillinger) from the case, decisions per agenda item, the agenda kept when a meeting closes,
-- a leader's emergency decision to place at once, the gate's decision on the measure, the legal
-- basis of a placement, and the leader's approval (bevilling) of a costly measure.

-- The forums' local rules (src/core/forums/settings.ts, approval.ts). No row = the defaults.
CREATE TABLE forum_setting (
  municipality_id uuid NOT NULL REFERENCES municipality (id),
  specialised_steps integer[] NOT NULL DEFAULT '{4,5,6}',
  specialised_offer_steps integer[] NOT NULL DEFAULT '{3}',
  institutional_steps integer[] NOT NULL DEFAULT '{6}',
  review_interval_months integer NOT NULL DEFAULT 6 CHECK (review_interval_months BETWEEN 1 AND 24),
  political_review_months integer NOT NULL DEFAULT 6 CHECK (political_review_months BETWEEN 1 AND 24),
  institutional_flag_months integer NOT NULL DEFAULT 12 CHECK (institutional_flag_months BETWEEN 1 AND 60),
  aftercare_lead_months integer NOT NULL DEFAULT 3 CHECK (aftercare_lead_months BETWEEN 0 AND 12),
  decision_validity_months integer NOT NULL DEFAULT 3 CHECK (decision_validity_months BETWEEN 1 AND 24),
  emergency_days integer NOT NULL DEFAULT 7 CHECK (emergency_days BETWEEN 1 AND 60),
  -- An ApprovalThresholds ({byStep: {"4": 40000}, otherwise: null}), validated by thresholdsProblem.
  approval_thresholds jsonb NOT NULL DEFAULT '{"byStep": {}, "otherwise": null}'
    CHECK (jsonb_typeof(approval_thresholds) = 'object'),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid,
  PRIMARY KEY (municipality_id),
  FOREIGN KEY (municipality_id, updated_by) REFERENCES app_user (municipality_id, id)
);
COMMENT ON TABLE forum_setting IS 'Local forum rules: specialised and institutional steps, review intervals, decision validity, the emergency deadline, the approval thresholds per step.';

-- Rule (a) reads offers on step 3 as specialised when the catalog marks them so (MST and the like).
ALTER TABLE offer ADD COLUMN specialised boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN offer.specialised IS 'A specialised offer (e.g. MST) on a step where only marked offers are specialised (forum_setting.specialised_offer_steps).';

-- A proposal (indstilling) of a measure or placement to the forum that must decide it.
CREATE TABLE forum_proposal (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  child_id uuid NOT NULL,
  -- The forum the rules send it to (src/core/forums/agenda-rules.ts proposalItems), and the
  -- case's district when proposed (the council is per district).
  forum_kind text NOT NULL CHECK (forum_kind IN ('creative_council', 'placement_committee')),
  district_id uuid,
  -- The offer(s) considered, first = the one proposed.
  offer_ids uuid[] NOT NULL CHECK (cardinality(offer_ids) BETWEEN 1 AND 5),
  step_position integer NOT NULL CHECK (step_position BETWEEN 1 AND 30),
  specialised_offer boolean NOT NULL,
  placement boolean NOT NULL,
  without_consent boolean NOT NULL DEFAULT false,
  -- What the caseworker proposes and why; the network's possible contribution.
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 4000),
  network_contribution text NOT NULL DEFAULT '' CHECK (length(network_contribution) <= 4000),
  -- Kept as the forum saw it: what was tried with its progress (from the follow-ups), and the
  -- child's and the parents' views (from the child conversations and family meetings).
  tried jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(tried) = 'array'),
  views jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(views) = 'object'),
  proposed_on date NOT NULL,
  proposed_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  idempotency_key text NOT NULL CHECK (idempotency_key ~ '^[A-Za-z0-9_-]{8,100}$'),
  request_hash text NOT NULL,
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, idempotency_key),
  FOREIGN KEY (municipality_id, case_id) REFERENCES cases (municipality_id, id),
  FOREIGN KEY (municipality_id, child_id) REFERENCES child (municipality_id, id),
  FOREIGN KEY (municipality_id, district_id) REFERENCES district (municipality_id, id),
  FOREIGN KEY (municipality_id, proposed_by) REFERENCES app_user (municipality_id, id),
  CHECK (NOT without_consent OR placement)
);
COMMENT ON TABLE forum_proposal IS 'A proposal (indstilling) of a measure or placement, with what was tried and the views of the child and parents as the forum saw them.';
CREATE INDEX forum_proposal_case ON forum_proposal (municipality_id, case_id);
CREATE INDEX forum_proposal_kind ON forum_proposal (municipality_id, forum_kind, proposed_on);

-- A forum's decision on one agenda item of a meeting.
CREATE TABLE forum_decision (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  meeting_id uuid NOT NULL,
  forum_id uuid NOT NULL,
  forum_kind text NOT NULL CHECK (forum_kind IN ('creative_council', 'placement_committee',
    'school_visitation_committee', 'children_committee', 'political_review')),
  case_id uuid NOT NULL,
  child_id uuid NOT NULL,
  district_id uuid,
  -- The agenda item decided: its rule and what it is about (a proposal, a decision, a child).
  rule text NOT NULL CHECK (rule IN ('specialised_proposal', 'specialised_review', 'placement_ground',
    'aftercare_decision', 'school_placement', 'placement_without_consent', 'political_review',
    'long_institutional_stay')),
  source_kind text NOT NULL CHECK (source_kind IN ('proposal', 'decision', 'child')),
  source_id uuid NOT NULL,
  proposal_id uuid,
  outcome text NOT NULL CHECK (outcome IN ('approved', 'alternative', 'postponed', 'rejected')),
  -- approved: the step approved; alternative: the lower step found; otherwise the step proposed.
  step_position integer NOT NULL CHECK (step_position BETWEEN 1 AND 30),
  offer_id uuid,
  placement boolean NOT NULL DEFAULT false,
  without_consent boolean NOT NULL DEFAULT false,
  -- approved: until when the decision holds (at most the gate's validity).
  valid_until date,
  -- school_placement items: the school during the placement (feeds F7).
  school_placement text CHECK (school_placement IN ('ordinary_school', 'special_class', 'internal_school')),
  reasons text NOT NULL CHECK (length(reasons) BETWEEN 1 AND 4000),
  -- postponed: what is missing before the forum can decide.
  missing text CHECK (length(missing) BETWEEN 1 AND 2000),
  -- [{userId?, name, role}]: who took part in the decision.
  participants jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(participants) = 'array'
    AND jsonb_array_length(participants) <= 30),
  decided_on date NOT NULL,
  decided_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  idempotency_key text NOT NULL CHECK (idempotency_key ~ '^[A-Za-z0-9_-]{8,100}$'),
  request_hash text NOT NULL,
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, idempotency_key),
  -- One decision per agenda item and meeting.
  UNIQUE (municipality_id, meeting_id, rule, source_id),
  FOREIGN KEY (municipality_id, meeting_id) REFERENCES forum_meeting (municipality_id, id),
  FOREIGN KEY (municipality_id, forum_id) REFERENCES forum (municipality_id, id),
  FOREIGN KEY (municipality_id, case_id) REFERENCES cases (municipality_id, id),
  FOREIGN KEY (municipality_id, child_id) REFERENCES child (municipality_id, id),
  FOREIGN KEY (municipality_id, district_id) REFERENCES district (municipality_id, id),
  FOREIGN KEY (municipality_id, proposal_id) REFERENCES forum_proposal (municipality_id, id),
  FOREIGN KEY (municipality_id, offer_id) REFERENCES offer (municipality_id, id),
  FOREIGN KEY (municipality_id, decided_by) REFERENCES app_user (municipality_id, id),
  CHECK ((outcome = 'postponed') = (missing IS NOT NULL)),
  CHECK (outcome = 'approved' OR valid_until IS NULL),
  CHECK (NOT without_consent OR placement)
);
COMMENT ON TABLE forum_decision IS 'A forum''s decision on an agenda item: approved (step, offer, until when), an alternative at a lower step, postponed (what is missing) or rejected, with reasons and who took part.';
CREATE INDEX forum_decision_child ON forum_decision (municipality_id, child_id, decided_on);
CREATE INDEX forum_decision_case ON forum_decision (municipality_id, case_id);
CREATE INDEX forum_decision_proposal ON forum_decision (municipality_id, proposal_id) WHERE proposal_id IS NOT NULL;
CREATE INDEX forum_decision_kind ON forum_decision (municipality_id, forum_kind, decided_on);

-- The agenda as it stood when the meeting closed: a closed meeting is locked, its minutes stay the
-- same when later decisions change what the rules would build.
CREATE TABLE forum_agenda_item (
  municipality_id uuid NOT NULL,
  meeting_id uuid NOT NULL,
  position integer NOT NULL CHECK (position BETWEEN 1 AND 1000),
  rule text NOT NULL,
  case_id uuid NOT NULL,
  child_id uuid NOT NULL,
  source_kind text NOT NULL CHECK (source_kind IN ('proposal', 'decision', 'child')),
  source_id uuid NOT NULL,
  reason text NOT NULL,
  due_on date NOT NULL,
  PRIMARY KEY (municipality_id, meeting_id, position),
  UNIQUE (municipality_id, meeting_id, rule, source_id),
  FOREIGN KEY (municipality_id, meeting_id) REFERENCES forum_meeting (municipality_id, id),
  FOREIGN KEY (municipality_id, case_id) REFERENCES cases (municipality_id, id)
);
COMMENT ON TABLE forum_agenda_item IS 'The agenda of a closed forum meeting, as the rules built it on closing.';
CREATE INDEX forum_agenda_item_case ON forum_agenda_item (municipality_id, case_id);

-- A leader's emergency decision to place a child at once (BL § 49-type acute situations): the
-- placement may start on it, and must reach the placement committee by reach_forum_by.
CREATE TABLE emergency_decision (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  child_id uuid NOT NULL,
  decided_on date NOT NULL,
  reach_forum_by date NOT NULL,
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 4000),
  decided_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  idempotency_key text NOT NULL CHECK (idempotency_key ~ '^[A-Za-z0-9_-]{8,100}$'),
  request_hash text NOT NULL,
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, idempotency_key),
  FOREIGN KEY (municipality_id, case_id) REFERENCES cases (municipality_id, id),
  FOREIGN KEY (municipality_id, child_id) REFERENCES child (municipality_id, id),
  FOREIGN KEY (municipality_id, decided_by) REFERENCES app_user (municipality_id, id),
  CHECK (reach_forum_by >= decided_on)
);
COMMENT ON TABLE emergency_decision IS 'A leader''s recorded emergency decision to place a child at once; the placement committee must decide by reach_forum_by.';
CREATE INDEX emergency_decision_child ON emergency_decision (municipality_id, child_id, decided_on);

-- The measure as the gate and the placement's legal basis extend it. The free-text
-- forum_decision_ref stays as the history of the placements made before the gate.
ALTER TABLE measure
  ADD COLUMN forum_decision_id uuid,
  ADD COLUMN emergency_decision_id uuid,
  -- Placements: with or without consent, and Danmarks Statistik's reasons (udslagsgivende årsager,
  -- src/core/casework/placement-reasons.ts), several allowed.
  ADD COLUMN consent text CHECK (consent IN ('with_consent', 'without_consent')),
  ADD COLUMN placement_reasons text[] NOT NULL DEFAULT '{}' CHECK (cardinality(placement_reasons) <= 10),
  ADD FOREIGN KEY (municipality_id, forum_decision_id) REFERENCES forum_decision (municipality_id, id),
  ADD FOREIGN KEY (municipality_id, emergency_decision_id) REFERENCES emergency_decision (municipality_id, id);
-- The old rule (a placement names its forum decision in free text) becomes: a placement rests on a
-- decision recorded in Trappen, an emergency decision, or (before the gate) the free text.
DO $$
DECLARE c text;
BEGIN
  SELECT conname INTO c FROM pg_constraint
   WHERE conrelid = 'measure'::regclass AND contype = 'c'
     AND pg_get_constraintdef(oid) LIKE '%forum_decision_ref IS NOT NULL%';
  IF c IS NOT NULL THEN
    EXECUTE format('ALTER TABLE measure DROP CONSTRAINT %I', c);
  END IF;
END
$$;
ALTER TABLE measure ADD CONSTRAINT measure_placement_basis CHECK (track <> 'placement'
  OR forum_decision_ref IS NOT NULL OR forum_decision_id IS NOT NULL OR emergency_decision_id IS NOT NULL);
ALTER TABLE measure ADD CONSTRAINT measure_placement_consent CHECK (track = 'placement' OR consent IS NULL);
CREATE INDEX measure_forum_decision ON measure (municipality_id, forum_decision_id) WHERE forum_decision_id IS NOT NULL;
CREATE INDEX measure_emergency_decision ON measure (municipality_id, emergency_decision_id) WHERE emergency_decision_id IS NOT NULL;

-- A measure above the approval threshold waits here as proposed until a leader of the district
-- approves (the measure is then started with measure_id) or rejects it with a reason.
CREATE TABLE measure_approval (
  municipality_id uuid NOT NULL,
  -- The id the measure gets when approved: /api/measures/:id/approval names it before it exists.
  measure_id uuid NOT NULL,
  case_id uuid NOT NULL,
  child_id uuid NOT NULL,
  offer_id uuid NOT NULL,
  step_position integer NOT NULL CHECK (step_position BETWEEN 1 AND 30),
  monthly_cost numeric(12, 2) NOT NULL CHECK (monthly_cost >= 0),
  threshold numeric(12, 2) NOT NULL CHECK (threshold >= 0),
  -- The measure's create request (MeasureCreateRequest), started as asked when approved.
  request jsonb NOT NULL CHECK (jsonb_typeof(request) = 'object'),
  state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'approved', 'rejected')),
  requested_by uuid NOT NULL,
  requested_at timestamptz NOT NULL DEFAULT now(),
  decided_by uuid,
  decided_at timestamptz,
  reason text CHECK (length(reason) BETWEEN 1 AND 2000),
  idempotency_key text CHECK (idempotency_key ~ '^[A-Za-z0-9_-]{8,100}$'),
  PRIMARY KEY (municipality_id, measure_id),
  UNIQUE (municipality_id, idempotency_key),
  FOREIGN KEY (municipality_id, case_id) REFERENCES cases (municipality_id, id),
  FOREIGN KEY (municipality_id, child_id) REFERENCES child (municipality_id, id),
  FOREIGN KEY (municipality_id, offer_id) REFERENCES offer (municipality_id, id),
  FOREIGN KEY (municipality_id, requested_by) REFERENCES app_user (municipality_id, id),
  FOREIGN KEY (municipality_id, decided_by) REFERENCES app_user (municipality_id, id),
  CHECK ((state = 'pending') = (decided_by IS NULL)),
  CHECK ((decided_by IS NULL) = (decided_at IS NULL)),
  CHECK (state <> 'rejected' OR reason IS NOT NULL)
);
COMMENT ON TABLE measure_approval IS 'Case work''s: a measure above the approval threshold, waiting as proposed for a leader''s approval (bevilling) or rejection with reasons.';
CREATE INDEX measure_approval_pending ON measure_approval (municipality_id, case_id) WHERE state = 'pending';

DO $$
DECLARE t text;
BEGIN
  FOR t IN SELECT unnest(ARRAY['forum_setting', 'forum_proposal', 'forum_decision', 'forum_agenda_item',
    'emergency_decision', 'measure_approval'])
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (municipality_id = current_municipality_id()) '
      'WITH CHECK (municipality_id = current_municipality_id())', t);
    EXECUTE format('GRANT SELECT, INSERT ON %I TO trappen_app', t);
  END LOOP;
  -- Proposals, decisions, agendas and emergency decisions are records: written once, never changed.
  -- The settings are saved again; an approval is decided once.
  FOR t IN SELECT unnest(ARRAY['forum_setting', 'measure_approval'])
  LOOP
    EXECUTE format('GRANT UPDATE ON %I TO trappen_app', t);
  END LOOP;
END
$$;
