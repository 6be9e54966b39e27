-- Idempotent creation of the rest of the case's records (issue #6 follow-up): a plan, a child
-- conversation, a family meeting, a person on the network map and an assessment are created with
-- an optional idempotency key, so a retried request (a double click, an answer lost on the way)
-- returns the record the first one made instead of a second one. Same shape as measure's (009),
-- follow_up's and journal_entry's (007); the unique constraints start with municipality_id like
-- every unique constraint of a tenant table (src/store/tenancy.test.ts).
ALTER TABLE plan
  ADD COLUMN idempotency_key text CHECK (idempotency_key ~ '^[A-Za-z0-9_-]{8,100}$'),
  ADD CONSTRAINT plan_idempotency_key UNIQUE (municipality_id, idempotency_key);
ALTER TABLE child_conversation
  ADD COLUMN idempotency_key text CHECK (idempotency_key ~ '^[A-Za-z0-9_-]{8,100}$'),
  ADD CONSTRAINT child_conversation_idempotency_key UNIQUE (municipality_id, idempotency_key);
ALTER TABLE family_meeting
  ADD COLUMN idempotency_key text CHECK (idempotency_key ~ '^[A-Za-z0-9_-]{8,100}$'),
  ADD CONSTRAINT family_meeting_idempotency_key UNIQUE (municipality_id, idempotency_key);
ALTER TABLE network_member
  ADD COLUMN idempotency_key text CHECK (idempotency_key ~ '^[A-Za-z0-9_-]{8,100}$'),
  ADD CONSTRAINT network_member_idempotency_key UNIQUE (municipality_id, idempotency_key);
ALTER TABLE assessment
  ADD COLUMN idempotency_key text CHECK (idempotency_key ~ '^[A-Za-z0-9_-]{8,100}$'),
  ADD CONSTRAINT assessment_idempotency_key UNIQUE (municipality_id, idempotency_key);
