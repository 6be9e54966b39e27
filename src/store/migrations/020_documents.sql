-- Decisions, consultations, letters and the case's documents (issue #14, docs/documents.md).
-- Tenant tables as everywhere (municipality_id first in every key, row-level security, CHECKs).
-- Records are append-only where the law wants them fixed: a decision, a consultation and its
-- answers, a template version and a finalised document are never changed; a draft document is
-- edited at its version until it is finalised.

-- Per decision type: the appeal guidance (klagevejledning) as edited by the municipality, and
-- whether a leader's second signature is required. No row = src/core/documents' defaults.
CREATE TABLE decision_type_setting (
  municipality_id uuid NOT NULL REFERENCES municipality (id),
  decision_type text NOT NULL CHECK (decision_type IN ('measure_granted', 'measure_refused',
    'measure_changed', 'measure_stopped', 'placement_with_consent', 'placement_without_consent',
    'aftercare_granted', 'aftercare_refused', 'application_refused')),
  appeal_to text NOT NULL CHECK (length(appeal_to) BETWEEN 1 AND 200),
  appeal_how text NOT NULL CHECK (length(appeal_how) BETWEEN 1 AND 2000),
  appeal_deadline_weeks integer NOT NULL CHECK (appeal_deadline_weeks BETWEEN 1 AND 52),
  -- [{text, verify}]: the legal references as a letter writes them.
  appeal_references jsonb NOT NULL CHECK (jsonb_typeof(appeal_references) = 'array'
    AND jsonb_array_length(appeal_references) BETWEEN 1 AND 10),
  second_signature boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid,
  PRIMARY KEY (municipality_id, decision_type),
  FOREIGN KEY (municipality_id, updated_by) REFERENCES app_user (municipality_id, id)
);
COMMENT ON TABLE decision_type_setting IS 'The municipality''s appeal guidance per decision type and whether a leader must co-sign it.';

CREATE TABLE document_setting (
  municipality_id uuid NOT NULL REFERENCES municipality (id),
  consultation_days integer NOT NULL DEFAULT 14 CHECK (consultation_days BETWEEN 1 AND 60),
  consultation_unit text NOT NULL DEFAULT 'calendar_days' CHECK (consultation_unit IN ('calendar_days', 'working_days')),
  -- The letterhead of printed documents.
  letterhead_address text CHECK (length(letterhead_address) BETWEEN 1 AND 300),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid,
  PRIMARY KEY (municipality_id),
  FOREIGN KEY (municipality_id, updated_by) REFERENCES app_user (municipality_id, id)
);
COMMENT ON TABLE document_setting IS 'The consultation deadline rule and the letterhead. No row = 14 calendar days, no address.';

-- A consultation of the parties (partshøring) before a decision.
CREATE TABLE consultation (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  -- The facts the decision will rest on, as sent.
  facts text NOT NULL CHECK (length(facts) BETWEEN 1 AND 20000),
  -- [{name, relation}]: the parents and the young person from 15.
  parties jsonb NOT NULL CHECK (jsonb_typeof(parties) = 'array' AND jsonb_array_length(parties) BETWEEN 1 AND 10),
  sent_at timestamptz NOT NULL,
  -- The rule in force when sent, and the last day it gives (src/core/documents/consultation.ts).
  rule_days integer NOT NULL CHECK (rule_days BETWEEN 1 AND 60),
  rule_unit text NOT NULL CHECK (rule_unit IN ('calendar_days', 'working_days')),
  last_day date NOT NULL,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  idempotency_key text NOT NULL CHECK (idempotency_key ~ '^[A-Za-z0-9_-]{8,100}$'),
  request_hash text NOT NULL,
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, idempotency_key),
  FOREIGN KEY (municipality_id, case_id) REFERENCES cases (municipality_id, id),
  FOREIGN KEY (municipality_id, created_by) REFERENCES app_user (municipality_id, id)
);
COMMENT ON TABLE consultation IS 'A consultation of the parties (partshøring): the facts sent, to whom, when, and the reply deadline.';
CREATE INDEX consultation_case ON consultation (municipality_id, case_id);

CREATE TABLE consultation_answer (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  consultation_id uuid NOT NULL,
  party text NOT NULL CHECK (length(party) BETWEEN 1 AND 200),
  kind text NOT NULL CHECK (kind IN ('reply', 'waiver')),
  -- The reply as the party gave it; a waiver may say nothing.
  text text CHECK (length(text) BETWEEN 1 AND 20000),
  received_on date NOT NULL,
  recorded_by uuid NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  -- One answer per party: a retried recording is the same answer.
  UNIQUE (municipality_id, consultation_id, party),
  FOREIGN KEY (municipality_id, consultation_id) REFERENCES consultation (municipality_id, id),
  FOREIGN KEY (municipality_id, recorded_by) REFERENCES app_user (municipality_id, id),
  CHECK (kind = 'waiver' OR text IS NOT NULL)
);
COMMENT ON TABLE consultation_answer IS 'A party''s reply to a consultation, or its waiver of the right to comment.';

-- A written decision (afgørelse) on the case.
CREATE TABLE case_decision (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  child_id uuid NOT NULL,
  decision_type text NOT NULL CHECK (decision_type IN ('measure_granted', 'measure_refused',
    'measure_changed', 'measure_stopped', 'placement_with_consent', 'placement_without_consent',
    'aftercare_granted', 'aftercare_refused', 'application_refused')),
  decided text NOT NULL CHECK (length(decided) BETWEEN 1 AND 4000),
  legal_basis text NOT NULL CHECK (length(legal_basis) BETWEEN 1 AND 300),
  -- The rules applied and the facts they rest on (forvaltningsloven §§ 22–24).
  reasons text NOT NULL CHECK (length(reasons) BETWEEN 1 AND 20000),
  decided_on date NOT NULL,
  decided_by uuid NOT NULL,
  measure_id uuid,
  forum_decision_id uuid,
  consultation_id uuid,
  -- The appeal guidance as it stood when decided: {appealTo, how, deadlineWeeks, references}.
  appeal_guidance jsonb NOT NULL CHECK (jsonb_typeof(appeal_guidance) = 'object'),
  -- 'final', or waiting for the leader's second signature where the type requires it.
  status text NOT NULL CHECK (status IN ('awaiting_signature', 'final')),
  signed_by uuid,
  signed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  idempotency_key text NOT NULL CHECK (idempotency_key ~ '^[A-Za-z0-9_-]{8,100}$'),
  request_hash text NOT NULL,
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, idempotency_key),
  FOREIGN KEY (municipality_id, case_id) REFERENCES cases (municipality_id, id),
  FOREIGN KEY (municipality_id, child_id) REFERENCES child (municipality_id, id),
  FOREIGN KEY (municipality_id, decided_by) REFERENCES app_user (municipality_id, id),
  FOREIGN KEY (municipality_id, signed_by) REFERENCES app_user (municipality_id, id),
  FOREIGN KEY (municipality_id, measure_id) REFERENCES measure (municipality_id, id),
  FOREIGN KEY (municipality_id, forum_decision_id) REFERENCES forum_decision (municipality_id, id),
  FOREIGN KEY (municipality_id, consultation_id) REFERENCES consultation (municipality_id, id),
  CHECK ((signed_by IS NULL) = (signed_at IS NULL)),
  CHECK (status = 'awaiting_signature' OR signed_by IS NOT NULL OR signed_at IS NULL)
);
COMMENT ON TABLE case_decision IS 'A written decision (afgørelse): what was decided, legal basis, reasons, who and when, the forum decision it rests on, and its appeal guidance as given.';
CREATE INDEX case_decision_case ON case_decision (municipality_id, case_id, decided_on);
-- A measure started from a forum decision has its decision made in the same step: one per measure and type.
CREATE UNIQUE INDEX case_decision_measure ON case_decision (municipality_id, measure_id, decision_type)
  WHERE measure_id IS NOT NULL;

-- Templates per document type, versioned: saving makes a new version, a letter names the one used.
CREATE TABLE document_template (
  municipality_id uuid NOT NULL,
  document_type text NOT NULL CHECK (document_type IN ('decision', 'consultation', 'plan',
    'assessment_conclusion', 'family_meeting_invitation', 'reporter_receipt')),
  version integer NOT NULL CHECK (version > 0),
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 50000),
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, document_type, version),
  FOREIGN KEY (municipality_id, created_by) REFERENCES app_user (municipality_id, id)
);
COMMENT ON TABLE document_template IS 'A version of the municipality''s template for a document type (plain text with {{merge fields}}); never changed.';

-- A document of the case: generated from a template (draft → final) or uploaded.
CREATE TABLE case_document (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  document_type text CHECK (document_type IN ('decision', 'consultation', 'plan',
    'assessment_conclusion', 'family_meeting_invitation', 'reporter_receipt')),
  origin text NOT NULL CHECK (origin IN ('generated', 'uploaded')),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  template_version integer,
  -- generated: the letter's text, edited while a draft, fixed when final.
  body text CHECK (length(body) <= 100000),
  decision_id uuid,
  consultation_id uuid,
  -- uploaded: the file, checked as intake's attachments (type, size, SHA-256).
  file_name text CHECK (length(file_name) BETWEEN 1 AND 200 AND file_name !~ '[/\\[:cntrl:]]'),
  media_type text CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'text/plain')),
  size_bytes integer CHECK (size_bytes BETWEEN 1 AND 10485760),
  sha256 text CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  content bytea,
  status text NOT NULL CHECK (status IN ('draft', 'final')),
  -- The letterhead as it stood when the letter was finalised: its PDF never changes after.
  letterhead_name text CHECK (length(letterhead_name) BETWEEN 1 AND 200),
  letterhead_address text CHECK (length(letterhead_address) BETWEEN 1 AND 300),
  finalised_at timestamptz,
  finalised_by uuid,
  -- How it reached its recipient, as the caseworker records it.
  sent_to text CHECK (length(sent_to) BETWEEN 1 AND 300),
  sent_via text CHECK (sent_via IN ('digital_post', 'letter', 'handed_over', 'email_secure')),
  sent_on date,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1 CHECK (version > 0),
  idempotency_key text CHECK (idempotency_key ~ '^[A-Za-z0-9_-]{8,100}$'),
  request_hash text,
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, idempotency_key),
  FOREIGN KEY (municipality_id, case_id) REFERENCES cases (municipality_id, id),
  FOREIGN KEY (municipality_id, document_type, template_version)
    REFERENCES document_template (municipality_id, document_type, version),
  FOREIGN KEY (municipality_id, decision_id) REFERENCES case_decision (municipality_id, id),
  FOREIGN KEY (municipality_id, consultation_id) REFERENCES consultation (municipality_id, id),
  FOREIGN KEY (municipality_id, created_by) REFERENCES app_user (municipality_id, id),
  FOREIGN KEY (municipality_id, finalised_by) REFERENCES app_user (municipality_id, id),
  CHECK ((origin = 'generated') = (body IS NOT NULL AND document_type IS NOT NULL)),
  CHECK ((origin = 'uploaded') = (content IS NOT NULL AND file_name IS NOT NULL AND media_type IS NOT NULL
    AND sha256 IS NOT NULL AND size_bytes IS NOT NULL)),
  CHECK (content IS NULL OR octet_length(content) = size_bytes),
  CHECK (origin = 'generated' OR status = 'final'),
  CHECK ((status = 'final') = (finalised_at IS NOT NULL)),
  CHECK ((finalised_at IS NULL) = (finalised_by IS NULL)),
  CHECK ((sent_via IS NULL) = (sent_on IS NULL)),
  CHECK (sent_via IS NULL OR status = 'final')
);
COMMENT ON TABLE case_document IS 'A document in the case''s archive: a letter from a template (draft until finalised, then fixed) or an uploaded file, with to whom, how and when it was sent.';
CREATE INDEX case_document_case ON case_document (municipality_id, case_id, created_at);
CREATE UNIQUE INDEX case_document_upload ON case_document (municipality_id, case_id, sha256) WHERE sha256 IS NOT NULL;

-- A finalised document never changes: the one UPDATE the app may make after finalising records how
-- it was sent (once). Enforced here, not only in the use case.
CREATE FUNCTION case_document_final_is_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'final' AND (NEW.body IS DISTINCT FROM OLD.body OR NEW.title IS DISTINCT FROM OLD.title
      OR NEW.status IS DISTINCT FROM OLD.status OR NEW.content IS DISTINCT FROM OLD.content
      OR NEW.finalised_at IS DISTINCT FROM OLD.finalised_at
      OR NEW.letterhead_name IS DISTINCT FROM OLD.letterhead_name
      OR NEW.letterhead_address IS DISTINCT FROM OLD.letterhead_address
      OR (OLD.sent_via IS NOT NULL AND (NEW.sent_via IS DISTINCT FROM OLD.sent_via
        OR NEW.sent_on IS DISTINCT FROM OLD.sent_on OR NEW.sent_to IS DISTINCT FROM OLD.sent_to))) THEN
    RAISE EXCEPTION 'a finalised document is fixed' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER case_document_final_is_fixed BEFORE UPDATE ON case_document
  FOR EACH ROW EXECUTE FUNCTION case_document_final_is_fixed();

DO $$
DECLARE t text;
BEGIN
  FOR t IN SELECT unnest(ARRAY['decision_type_setting', 'document_setting', 'consultation',
    'consultation_answer', 'case_decision', 'document_template', 'case_document'])
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (municipality_id = current_municipality_id()) '
      'WITH CHECK (municipality_id = current_municipality_id())', t);
    EXECUTE format('GRANT SELECT, INSERT ON %I TO trappen_app', t);
  END LOOP;
  -- Settings are saved again; a decision is signed once; a draft document is edited and finalised.
  FOR t IN SELECT unnest(ARRAY['decision_type_setting', 'document_setting', 'case_decision', 'case_document'])
  LOOP
    EXECUTE format('GRANT UPDATE ON %I TO trappen_app', t);
  END LOOP;
END
$$;
