-- Attachments to a report of concern (underretning): a letter from the police, a doctor's note,
-- a photo of a written statement. Optional; a report is complete without them. Same rules as
-- 005: municipality_id first in the primary key, every unique constraint and every foreign key
-- between tenant tables; row-level security; CHECK constraints on every value. Append-only:
-- nothing is updated or deleted (the grants are SELECT and INSERT), as a report is never changed.
-- The file is stored in the database (bytea, at most 10 MB) so backups, tenancy and the audit
-- trail cover it with the report; the same file twice on one report is one attachment (sha256).

CREATE TABLE report_attachment (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  report_id uuid NOT NULL,
  -- The name the file had on the uploader's machine: no folders, no control characters.
  file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200
    AND file_name !~ '[/\\[:cntrl:]]' AND file_name NOT IN ('.', '..')),
  -- The whitelist of src/core/api/attachments.ts: PDF, JPEG, PNG, Word (docx), plain text.
  media_type text NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'text/plain')),
  size_bytes integer NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  content bytea NOT NULL,
  uploaded_by uuid NOT NULL,
  uploaded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  -- The same file again on the same report is the same attachment (a retried upload).
  UNIQUE (municipality_id, report_id, sha256),
  FOREIGN KEY (municipality_id, report_id) REFERENCES report (municipality_id, id),
  FOREIGN KEY (municipality_id, uploaded_by) REFERENCES app_user (municipality_id, id),
  CHECK (octet_length(content) = size_bytes)
);
COMMENT ON TABLE report_attachment IS 'A file attached to a report (underretning): PDF, JPEG, PNG, docx or text, at most 10 MB, with its SHA-256. One per file and report; never changed or deleted.';

ALTER TABLE report_attachment ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON report_attachment USING (municipality_id = current_municipality_id())
  WITH CHECK (municipality_id = current_municipality_id());
GRANT SELECT, INSERT ON report_attachment TO trappen_app;
