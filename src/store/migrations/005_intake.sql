-- Intake (modtagelse): reports (underretninger) with their exact deadlines, the 24-hour
-- screening, receipts and feedback to professional reporters, and the weekly district meeting
-- that decides each report's next step (seed 004_*). Same rules as 001/002/004:
-- municipality_id first in every primary key and unique constraint, in every foreign key
-- between tenant tables, row-level security on every table, CHECK constraints on every value.
-- Nothing is ever deleted (no DELETE grant): the law asks what happened to every report.
-- The deadlines are computed in src/core/calendar and stored, so that a later change of the
-- municipal settings never moves a deadline already given to a reporter.

CREATE TABLE intake_setting (
  municipality_id uuid NOT NULL REFERENCES municipality (id),
  -- Not public holidays: whether the municipality treats them as closed for working-day deadlines.
  constitution_day_closed boolean NOT NULL DEFAULT false,
  christmas_eve_closed boolean NOT NULL DEFAULT false,
  new_years_eve_closed boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid,
  PRIMARY KEY (municipality_id),
  FOREIGN KEY (municipality_id, updated_by) REFERENCES app_user (municipality_id, id)
);
COMMENT ON TABLE intake_setting IS 'Whether 5 June, 24 December and 31 December count as non-working days for the receipt deadline. No row = none of them (src/core/calendar/holidays.ts).';

ALTER TABLE cases ADD COLUMN responsible_team text
  CHECK (responsible_team IN ('family_team', 'disability_team', 'youth_team'));
COMMENT ON COLUMN cases.responsible_team IS 'The team responsible for the case; set when a district meeting opens it (null on cases from before intake).';

CREATE TABLE report (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  -- The child once known; until then a provisional identity, kept after matching as history.
  child_id uuid,
  provisional_cpr text CHECK (provisional_cpr ~ '^[0-9]{10}$'),
  provisional_name text CHECK (length(provisional_name) BETWEEN 1 AND 200),
  provisional_birth_date date,
  matched_at timestamptz,
  matched_by uuid,
  -- The child's district at receipt (or at matching): the meeting's agenda and F8 go by it.
  district_id uuid,
  source text NOT NULL CHECK (source IN ('school', 'daycare', 'club', 'health_visitor', 'doctor',
    'hospital', 'psychiatry', 'dental', 'police', 'social_services', 'other_professional', 'parent',
    'family_or_network', 'citizen', 'anonymous', 'child', 'other')),
  reporter_kind text NOT NULL CHECK (reporter_kind IN ('professional', 'citizen', 'anonymous')),
  reporter_name text CHECK (length(reporter_name) BETWEEN 1 AND 200),
  reporter_organisation text CHECK (length(reporter_organisation) BETWEEN 1 AND 200),
  reporter_email text CHECK (length(reporter_email) BETWEEN 3 AND 320 AND reporter_email LIKE '%_@_%'),
  -- The professional user who made the report from their own pages (sees its status).
  reporter_user_id uuid,
  received_at timestamptz NOT NULL,
  screening_due_at timestamptz NOT NULL,
  receipt_due_at timestamptz,
  acute boolean NOT NULL,
  text text NOT NULL CHECK (length(text) BETWEEN 1 AND 20000),
  status text NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'screened', 'closed')),
  closed_at timestamptz,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  idempotency_key text NOT NULL CHECK (idempotency_key ~ '^[A-Za-z0-9_-]{8,100}$'),
  request_hash text NOT NULL CHECK (length(request_hash) = 64),
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, idempotency_key),
  FOREIGN KEY (municipality_id, child_id) REFERENCES child (municipality_id, id),
  FOREIGN KEY (municipality_id, matched_by) REFERENCES app_user (municipality_id, id),
  FOREIGN KEY (municipality_id, district_id) REFERENCES district (municipality_id, id),
  FOREIGN KEY (municipality_id, reporter_user_id) REFERENCES app_user (municipality_id, id),
  FOREIGN KEY (municipality_id, created_by) REFERENCES app_user (municipality_id, id),
  CHECK (child_id IS NOT NULL OR provisional_cpr IS NOT NULL
    OR (provisional_name IS NOT NULL AND provisional_birth_date IS NOT NULL)),
  CHECK ((matched_at IS NULL) = (matched_by IS NULL)),
  CHECK (matched_at IS NULL OR child_id IS NOT NULL),
  -- Rule screening-24h: 24 real hours, whatever the clocks do.
  CHECK (screening_due_at = received_at + interval '24 hours'),
  -- Rule receipt-6d: only a professional reporter is owed a receipt; 6 working days is at least 6 days.
  CHECK ((receipt_due_at IS NULL) = (reporter_kind <> 'professional')),
  CHECK (receipt_due_at IS NULL OR receipt_due_at >= received_at + interval '6 days'),
  CHECK (reporter_kind <> 'anonymous' OR (reporter_name IS NULL AND reporter_email IS NULL
    AND reporter_user_id IS NULL)),
  CHECK (reporter_user_id IS NULL OR reporter_kind = 'professional'),
  CHECK ((status = 'closed') = (closed_at IS NOT NULL)),
  CHECK (received_at <= created_at + interval '5 minutes')
);
COMMENT ON TABLE report IS 'A report of concern (underretning) received by the municipality: the child or a provisional identity, source, reporter, received time and the deadlines computed from it (screening 24 h; receipt 6 working days for professional reporters).';
CREATE INDEX report_received ON report (municipality_id, received_at);
CREATE INDEX report_child ON report (municipality_id, child_id, received_at);
CREATE INDEX report_district ON report (municipality_id, district_id, received_at);
CREATE INDEX report_reporter ON report (municipality_id, reporter_user_id, received_at);
-- Front's queue: the unscreened reports, by deadline.
CREATE INDEX report_unscreened ON report (municipality_id, screening_due_at) WHERE status = 'received';

CREATE TABLE screening (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  report_id uuid NOT NULL,
  health_or_development_in_danger boolean NOT NULL,
  urgent_measures_needed boolean NOT NULL,
  decision text NOT NULL CHECK (decision IN ('district_meeting', 'urgent_action', 'existing_case', 'no_action')),
  notes text CHECK (length(notes) BETWEEN 1 AND 4000),
  screened_by uuid NOT NULL,
  screened_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, report_id),
  FOREIGN KEY (municipality_id, report_id) REFERENCES report (municipality_id, id),
  FOREIGN KEY (municipality_id, screened_by) REFERENCES app_user (municipality_id, id),
  CHECK (decision <> 'urgent_action' OR urgent_measures_needed),
  CHECK (decision <> 'no_action' OR notes IS NOT NULL)
);
COMMENT ON TABLE screening IS 'The legal screening of a report (BL § 136): is the child''s health or development in danger, are urgent measures needed, and what next. One per report; on time when screened_at <= report.screening_due_at.';
CREATE INDEX screening_at ON screening (municipality_id, screened_at);

CREATE TABLE receipt (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  report_id uuid NOT NULL,
  text text NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
  channel text NOT NULL CHECK (channel IN ('email', 'digital_post', 'letter', 'in_app')),
  sent_at timestamptz NOT NULL DEFAULT now(),
  sent_by uuid NOT NULL,
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, report_id),
  FOREIGN KEY (municipality_id, report_id) REFERENCES report (municipality_id, id),
  FOREIGN KEY (municipality_id, sent_by) REFERENCES app_user (municipality_id, id)
);
COMMENT ON TABLE receipt IS 'The receipt (kvittering) to a professional reporter, its generated text and when it was sent; on time when sent_at <= report.receipt_due_at.';

CREATE TABLE district_meeting (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  district_id uuid NOT NULL,
  held_on date NOT NULL,
  -- [{userId?, name, role}]: Front, the preventive worker, a family-team caseworker, others.
  participants jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(participants) = 'array'
    AND jsonb_array_length(participants) <= 30),
  chaired_by uuid,
  closed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, district_id, held_on),
  FOREIGN KEY (municipality_id, district_id) REFERENCES district (municipality_id, id),
  FOREIGN KEY (municipality_id, chaired_by) REFERENCES app_user (municipality_id, id)
);
COMMENT ON TABLE district_meeting IS 'The weekly district meeting (distriktsmøde) of Front, the preventive worker and the family team; its agenda is the district''s screened reports without a decision. Closed once its minutes are final.';
CREATE INDEX district_meeting_district ON district_meeting (municipality_id, district_id, held_on);

CREATE TABLE meeting_decision (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  meeting_id uuid NOT NULL,
  report_id uuid NOT NULL,
  decision text NOT NULL CHECK (decision IN ('assessment', 'clarification', 'preventive', 'no_action')),
  reasons text NOT NULL CHECK (length(reasons) BETWEEN 1 AND 4000),
  -- The case opened by an assessment decision (BL § 20); the case-work area extends it.
  case_id uuid,
  decided_by uuid NOT NULL,
  decided_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, report_id),
  FOREIGN KEY (municipality_id, meeting_id) REFERENCES district_meeting (municipality_id, id),
  FOREIGN KEY (municipality_id, report_id) REFERENCES report (municipality_id, id),
  FOREIGN KEY (municipality_id, case_id) REFERENCES cases (municipality_id, id),
  FOREIGN KEY (municipality_id, decided_by) REFERENCES app_user (municipality_id, id),
  CHECK (case_id IS NULL OR decision = 'assessment')
);
COMMENT ON TABLE meeting_decision IS 'The district meeting''s decision on one report, with reasons: assessment (opens or continues a case), clarification (BL § 19), preventive work in the district, or no further action.';
CREATE INDEX meeting_decision_meeting ON meeting_decision (municipality_id, meeting_id);

CREATE TABLE reporter_feedback (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  report_id uuid NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('assessment', 'measure', 'none')),
  text text NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
  sent_at timestamptz NOT NULL DEFAULT now(),
  sent_by uuid NOT NULL,
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, report_id),
  FOREIGN KEY (municipality_id, report_id) REFERENCES report (municipality_id, id),
  FOREIGN KEY (municipality_id, sent_by) REFERENCES app_user (municipality_id, id)
);
COMMENT ON TABLE reporter_feedback IS 'Rule reporter-feedback (BL § 137, stk. 1): the professional reporter is told whether an assessment or a measure was started.';

DO $$
DECLARE t text;
BEGIN
  FOR t IN SELECT unnest(ARRAY['intake_setting', 'report', 'screening', 'receipt', 'district_meeting',
      'meeting_decision', 'reporter_feedback'])
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (municipality_id = current_municipality_id()) '
      'WITH CHECK (municipality_id = current_municipality_id())', t);
    EXECUTE format('GRANT SELECT, INSERT ON %I TO trappen_app', t);
  END LOOP;
  -- Only these change after they are written: the settings, a report's matching and status, a
  -- meeting's participants and closing. Screenings, receipts and decisions are append-only.
  FOR t IN SELECT unnest(ARRAY['intake_setting', 'report', 'district_meeting'])
  LOOP
    EXECUTE format('GRANT UPDATE ON %I TO trappen_app', t);
  END LOOP;
END
$$;
