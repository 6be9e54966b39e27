-- On call as a rota (issue #10, item 9). The flag app_user.on_call let anyone who could set it
-- mark themselves, with no end: a leader could give himself the right to screen and so read every
-- report in the municipality, unflagged, forever. A shift now has a start and an end, is set by
-- someone else (CHECK below; the use case refuses it too), may be ended early, and every read it
-- allows is flagged on_call in the audit log. The use case serialises shifts of one user by
-- locking the user's row (FOR NO KEY UPDATE, docs/architecture.md "Locks and retries") and
-- refuses overlapping ones.
CREATE TABLE on_call_shift (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  -- Who put the user on the rota; null only for a shift converted from the old flag below.
  set_by uuid,
  set_at timestamptz NOT NULL DEFAULT now(),
  -- Ended before its end (or cancelled before its start), and by whom.
  ended_early_at timestamptz,
  ended_by uuid,
  idempotency_key text CHECK (idempotency_key ~ '^[A-Za-z0-9_-]{8,100}$'),
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, idempotency_key),
  FOREIGN KEY (municipality_id, user_id) REFERENCES app_user (municipality_id, id),
  FOREIGN KEY (municipality_id, set_by) REFERENCES app_user (municipality_id, id),
  FOREIGN KEY (municipality_id, ended_by) REFERENCES app_user (municipality_id, id),
  CHECK (ends_at > starts_at),
  CHECK (ends_at - starts_at <= interval '14 days'),
  CHECK (set_by IS DISTINCT FROM user_id),
  CHECK ((ended_early_at IS NULL) = (ended_by IS NULL))
);
COMMENT ON TABLE on_call_shift IS 'A user on call (may screen reports around the clock) from starts_at until ends_at or ended_early_at; set by someone else. Reads it allows are flagged on_call in the audit log.';
CREATE INDEX on_call_shift_user ON on_call_shift (municipality_id, user_id, ends_at);

ALTER TABLE on_call_shift ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON on_call_shift USING (municipality_id = current_municipality_id())
  WITH CHECK (municipality_id = current_municipality_id());
GRANT SELECT, INSERT, UPDATE ON on_call_shift TO trappen_app;

-- A user marked on call keeps the mark for twelve hours from the upgrade, then it ends.
INSERT INTO on_call_shift (municipality_id, user_id, starts_at, ends_at)
SELECT municipality_id, id, now(), now() + interval '12 hours' FROM app_user WHERE on_call;
ALTER TABLE app_user DROP COLUMN on_call;
