-- The audit log off the request path (issue #10, items 2, 6, 7, 10).
-- A request transaction only appends its events (audit_log) and, by trigger, a pending marker
-- (audit_pending); no lock, no read of the last row. One chainer per municipality links the
-- pending events after commit into audit_chain with an HMAC whose key the database does not hold
-- (src/store/audit-chain.ts). Every person-data event names its child and case in indexed
-- columns, so "who read this child's case?" has one answer.

-- One global sequence: unique and increasing, not contiguous per municipality (the chain is).
CREATE SEQUENCE audit_log_seq AS bigint;
SELECT setval('audit_log_seq', coalesce((SELECT max(seq) FROM audit_log), 0) + 1, false);
ALTER TABLE audit_log ALTER COLUMN seq SET DEFAULT nextval('audit_log_seq');
ALTER SEQUENCE audit_log_seq OWNED BY audit_log.seq;
GRANT USAGE ON SEQUENCE audit_log_seq TO trappen_app;

ALTER TABLE audit_log
  ADD COLUMN child_id uuid,
  ADD COLUMN case_id uuid,
  ADD COLUMN on_call boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN audit_log.child_id IS 'The child whose data was read or written (from the event, its details or its entity).';
COMMENT ON COLUMN audit_log.case_id IS 'The case whose data was read or written.';
COMMENT ON COLUMN audit_log.on_call IS 'Allowed by being on call (flagged like emergency).';

-- Existing events name their child and case in the new columns, as the writer now does: from
-- details.childId / details.caseId, else the entity itself, else the case's child. Only the new
-- columns are filled; the recorded fields stay as they were (an id typed in upper case is found
-- through child_id/case_id). The events are re-linked by the chainer below, so nothing of the
-- old SHA-256 chain is needed afterwards; verify it (npm run audit:verify) before upgrading.
ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update;
UPDATE audit_log SET
  child_id = CASE
    WHEN details->>'childId' ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
      THEN lower(details->>'childId')::uuid
    WHEN entity_type = 'child' AND entity_id ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
      THEN lower(entity_id)::uuid
  END,
  case_id = CASE
    WHEN details->>'caseId' ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
      THEN lower(details->>'caseId')::uuid
    WHEN entity_type = 'case' AND entity_id ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
      THEN lower(entity_id)::uuid
  END
WHERE details ? 'childId' OR details ? 'caseId' OR entity_type IN ('child', 'case');
UPDATE audit_log l SET child_id = c.child_id
FROM cases c
WHERE l.child_id IS NULL AND l.case_id IS NOT NULL
  AND c.municipality_id = l.municipality_id AND c.id = l.case_id;
ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update;

-- The old chain's columns move out: the chain is audit_chain now.
ALTER TABLE audit_log DROP COLUMN prev_hash, DROP COLUMN hash;
COMMENT ON TABLE audit_log IS 'Append-only log of every read and write of person data. Linked into audit_chain (HMAC, per municipality) after commit by the chainer.';

CREATE INDEX audit_log_entity_id ON audit_log (municipality_id, entity_id, seq);
CREATE INDEX audit_log_child ON audit_log (municipality_id, child_id, seq) WHERE child_id IS NOT NULL;
CREATE INDEX audit_log_case ON audit_log (municipality_id, case_id, seq) WHERE case_id IS NOT NULL;
-- Lists (a search, a queue, "Mit overblik") name every child or case they showed.
CREATE INDEX audit_log_listed_children ON audit_log USING gin ((details -> 'childIds') jsonb_path_ops)
  WHERE details ? 'childIds';
CREATE INDEX audit_log_listed_cases ON audit_log USING gin ((details -> 'caseIds') jsonb_path_ops)
  WHERE details ? 'caseIds';

-- A marker per event not yet linked. Written by trigger in the event's own transaction, so no
-- event can be committed without one; trappen_app may only insert (no SELECT, no DELETE), so
-- the application role cannot hide an event from the chainer.
CREATE TABLE audit_pending (
  municipality_id uuid NOT NULL,
  seq bigint NOT NULL,
  PRIMARY KEY (municipality_id, seq),
  FOREIGN KEY (municipality_id, seq) REFERENCES audit_log (municipality_id, seq)
);
COMMENT ON TABLE audit_pending IS 'Audit events committed but not yet linked into audit_chain. Only the chainer deletes (system role).';

CREATE FUNCTION audit_log_mark_pending() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO audit_pending (municipality_id, seq) SELECT municipality_id, seq FROM new_events;
  RETURN NULL;
END
$$;
CREATE TRIGGER audit_log_pending AFTER INSERT ON audit_log
  REFERENCING NEW TABLE AS new_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_mark_pending();

-- Every existing event is pending: the first chainer run links them with the keyed hash.
INSERT INTO audit_pending (municipality_id, seq) SELECT municipality_id, seq FROM audit_log;

-- The chain: per municipality contiguous 1..n, each row the HMAC-SHA256 over its event's fields,
-- its own seq, the event's seq and the previous row's hash. Written only by the chainer.
CREATE TABLE audit_chain (
  municipality_id uuid NOT NULL,
  seq bigint NOT NULL CHECK (seq > 0),
  event_seq bigint NOT NULL,
  linked_at timestamptz NOT NULL DEFAULT now(),
  prev_hash text NOT NULL CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
  hash text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
  PRIMARY KEY (municipality_id, seq),
  UNIQUE (municipality_id, event_seq),
  FOREIGN KEY (municipality_id, event_seq) REFERENCES audit_log (municipality_id, seq)
);
COMMENT ON TABLE audit_chain IS 'The audit log''s hash chain per municipality (HMAC-SHA256, key outside the database). Append-only.';

CREATE FUNCTION audit_chain_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_chain is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_chain_no_update BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_chain
  FOR EACH STATEMENT EXECUTE FUNCTION audit_chain_append_only();

DO $$
DECLARE t text;
BEGIN
  FOR t IN SELECT unnest(ARRAY['audit_pending', 'audit_chain'])
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (municipality_id = current_municipality_id()) '
      'WITH CHECK (municipality_id = current_municipality_id())', t);
  END LOOP;
END
$$;
GRANT INSERT ON audit_pending TO trappen_app;

-- The data-protection officer reads the whole audit log and nothing else.
ALTER TABLE app_user DROP CONSTRAINT app_user_role_check;
ALTER TABLE app_user ADD CONSTRAINT app_user_role_check CHECK (role IN
  ('professional', 'front', 'preventive_worker', 'caseworker', 'foster_care_consultant',
   'leader', 'analyst', 'admin', 'data_protection_officer'));
