-- Front's queue and the report page link reports about siblings: the reports of every child in
-- the households of the reports listed (src/server/intake/reports.queries.ts, reportsOfHouseholds).
-- Without an index on the household that meant reading every child of the municipality on each
-- queue request (≈ 13,000 rows in Demo Kommune; EXPLAIN ANALYZE 8 ms of a 17 ms request, see
-- docs/operations.md, "Bench"). municipality_id first, as every index of a tenant table.
CREATE INDEX child_household ON child (municipality_id, household_id);
