-- The forums (mødefora) that decide a child's moves up the ladder (issue #12, docs/forums.md):
-- the forum with its kind and meeting rhythm, its members, and its meetings. Agendas, proposals
-- and decisions come in later slices and hang off forum_meeting.
CREATE TABLE forum (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('creative_council', 'placement_committee',
    'school_visitation_committee', 'children_committee', 'political_review')),
  -- Only Det Kreative Råd is per district (src/core/forums/kinds.ts); the others serve the municipality.
  district_id uuid,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  -- A MeetingRhythm (src/core/forums/rhythm.ts), validated by rhythmProblem before it is written.
  rhythm jsonb NOT NULL CHECK (jsonb_typeof(rhythm) = 'object' AND rhythm->>'kind' IN ('weekly', 'monthly')),
  active boolean NOT NULL DEFAULT true,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  idempotency_key text NOT NULL CHECK (idempotency_key ~ '^[A-Za-z0-9_-]{8,100}$'),
  request_hash text NOT NULL,
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, idempotency_key),
  -- One council per district (district_id is set for councils only).
  UNIQUE (municipality_id, district_id),
  FOREIGN KEY (municipality_id, district_id) REFERENCES district (municipality_id, id),
  FOREIGN KEY (municipality_id, created_by) REFERENCES app_user (municipality_id, id),
  CHECK ((kind = 'creative_council') = (district_id IS NOT NULL))
);
COMMENT ON TABLE forum IS 'A forum (mødeforum) of the municipality: Det Kreative Råd of a district, or one of the municipality-wide committees, with its meeting rhythm.';
-- The municipality-wide kinds exist once each.
CREATE UNIQUE INDEX forum_one_per_kind ON forum (municipality_id, kind) WHERE district_id IS NULL;

CREATE TABLE forum_member (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  forum_id uuid NOT NULL,
  -- A user of Trappen, or an external participant (a school leader, PPR) named with a role.
  user_id uuid,
  name text CHECK (length(name) BETWEEN 1 AND 200),
  role_title text CHECK (length(role_title) BETWEEN 1 AND 100),
  chair boolean NOT NULL DEFAULT false,
  added_by uuid NOT NULL,
  added_at timestamptz NOT NULL DEFAULT now(),
  idempotency_key text NOT NULL CHECK (idempotency_key ~ '^[A-Za-z0-9_-]{8,100}$'),
  request_hash text NOT NULL,
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, idempotency_key),
  UNIQUE (municipality_id, forum_id, user_id),
  FOREIGN KEY (municipality_id, forum_id) REFERENCES forum (municipality_id, id),
  FOREIGN KEY (municipality_id, user_id) REFERENCES app_user (municipality_id, id),
  FOREIGN KEY (municipality_id, added_by) REFERENCES app_user (municipality_id, id),
  CHECK ((user_id IS NULL) = (name IS NOT NULL AND role_title IS NOT NULL)),
  CHECK (user_id IS NULL OR (name IS NULL AND role_title IS NULL)),
  -- The chair signs the minutes in Trappen: a user, never an external participant.
  CHECK (NOT chair OR user_id IS NOT NULL)
);
COMMENT ON TABLE forum_member IS 'A member of a forum: a user (who then reads its published agendas) or an external participant by name and role; the chair is a user.';

CREATE TABLE forum_meeting (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  forum_id uuid NOT NULL,
  held_on date NOT NULL,
  -- [{userId?, name, role}]: the attendance, as planned and as recorded when the meeting closes.
  participants jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(participants) = 'array'
    AND jsonb_array_length(participants) <= 30),
  planned_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  published_at timestamptz,
  published_by uuid,
  closed_at timestamptz,
  closed_by uuid,
  PRIMARY KEY (municipality_id, id),
  -- A meeting is planned once per forum and day: planning the day again is the same meeting.
  UNIQUE (municipality_id, forum_id, held_on),
  FOREIGN KEY (municipality_id, forum_id) REFERENCES forum (municipality_id, id),
  FOREIGN KEY (municipality_id, planned_by) REFERENCES app_user (municipality_id, id),
  FOREIGN KEY (municipality_id, published_by) REFERENCES app_user (municipality_id, id),
  FOREIGN KEY (municipality_id, closed_by) REFERENCES app_user (municipality_id, id),
  CHECK ((published_at IS NULL) = (published_by IS NULL)),
  CHECK ((closed_at IS NULL) = (closed_by IS NULL)),
  -- planned → published → closed (src/core/access/forums-policy.ts); a closed meeting is locked.
  CHECK (closed_at IS NULL OR (published_at IS NOT NULL AND closed_at >= published_at))
);
COMMENT ON TABLE forum_meeting IS 'A meeting of a forum on a day: planned, published (members read the agenda), closed (locked).';

DO $$
DECLARE t text;
BEGIN
  FOR t IN SELECT unnest(ARRAY['forum', 'forum_member', 'forum_meeting'])
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (municipality_id = current_municipality_id()) '
      'WITH CHECK (municipality_id = current_municipality_id())', t);
    EXECUTE format('GRANT SELECT, INSERT ON %I TO trappen_app', t);
  END LOOP;
  -- Members are added (not changed); a forum may later be renamed or made inactive, a meeting
  -- is published and closed.
  FOR t IN SELECT unnest(ARRAY['forum', 'forum_meeting'])
  LOOP
    EXECUTE format('GRANT UPDATE ON %I TO trappen_app', t);
  END LOOP;
END
$$;
