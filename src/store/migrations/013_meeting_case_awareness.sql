-- Cases opened by a district meeting's decision of an assessment were inserted by intake without
-- aware_on and created_by (issue #10, item 12), so their assessment's 4-month deadline (BL § 20,
-- stk. 3: from when the municipality became aware) ran from the meeting day or the case's opening
-- instead of the report's receipt. Such a case became aware at the receipt (Copenhagen date) of
-- the earliest report whose decision points at it; its creator is the user who decided first.
-- Assessments that took the opening date by default (aware_on = the Copenhagen date the case was
-- opened) move to the same, earlier date. Each corrected row gets a new version, so a save made
-- from what was read before is refused as stale rather than undoing the correction.

WITH origin AS (
  SELECT DISTINCT ON (d.municipality_id, d.case_id)
    d.municipality_id,
    d.case_id,
    d.decided_by,
    min((r.received_at AT TIME ZONE 'Europe/Copenhagen')::date)
      OVER (PARTITION BY d.municipality_id, d.case_id) AS aware_on
  FROM meeting_decision d
  JOIN report r ON r.municipality_id = d.municipality_id AND r.id = d.report_id
  WHERE d.case_id IS NOT NULL
  ORDER BY d.municipality_id, d.case_id, d.decided_at
),
fixed AS (
  UPDATE cases c
  SET aware_on = o.aware_on,
      created_by = coalesce(c.created_by, o.decided_by),
      version = c.version + 1
  FROM origin o
  WHERE c.municipality_id = o.municipality_id
    AND c.id = o.case_id
    AND c.aware_on IS NULL
  RETURNING c.municipality_id, c.id, c.aware_on, (c.opened_at AT TIME ZONE 'Europe/Copenhagen')::date AS opened_on
)
UPDATE assessment a
SET aware_on = f.aware_on,
    version = a.version + 1
FROM fixed f
WHERE a.municipality_id = f.municipality_id
  AND a.case_id = f.id
  AND a.aware_on = f.opened_on
  AND f.aware_on < a.aware_on;
