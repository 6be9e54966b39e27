-- Idempotent creation of a measure (POST /api/cases/:id/measures with idempotencyKey): a retried
-- request with the same key returns the measure the first one made instead of a second one (and a
-- second move on the ladder). Same shape as follow_up.idempotency_key and journal_entry's in 007;
-- the unique constraint starts with municipality_id like every unique constraint of a tenant table.
ALTER TABLE measure
  ADD COLUMN idempotency_key text CHECK (idempotency_key ~ '^[A-Za-z0-9_-]{8,100}$'),
  ADD CONSTRAINT measure_idempotency_key UNIQUE (municipality_id, idempotency_key);
