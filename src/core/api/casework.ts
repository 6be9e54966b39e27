import { z } from 'zod';
import { CASE_RULE_IDS } from '../casework/deadlines.ts';
import { strict } from './common.ts';
import { int4, text } from './types.ts';

export { CASE_RULE_IDS };

/**
 * Case work over HTTP (docs/casework.md): the case, assessment, plan, measures, follow-ups.
 * Requests are strict (unknown fields refused). Editable records carry `version`: a PATCH names
 * the version it read; a stale one gets 409 `version_conflict` with the current record.
 * Dates are calendar dates (YYYY-MM-DD, Europe/Copenhagen); instants ISO 8601 with offset.
 * This module holds what the schemas share and the case deadlines; the schemas themselves are in
 * casework-cases.ts, casework-assessment.ts, casework-plan.ts and casework-measures.ts.
 */

// Schemas written elsewhere before types.ts imported these from here; they are the edge's types.
export { Id, IdempotencyKey, Version } from './types.ts';

export const Score = int4('Skalaen', 0, 10);
export const Participant = strict({ name: text(200, 'Navnet'), relation: text(100, 'Relationen') });

/** A deadline of a case: the rule id of domain.md, due at the end of the day (Copenhagen). */
export const CaseDeadlineView = z.object({
  rule: z.enum(CASE_RULE_IDS),
  label: z.string(),
  dueOn: z.string(),
  /** end of `dueOn`, ISO 8601 with offset */
  dueAt: z.string(),
  doneAt: z.string().nullable(),
  overdue: z.boolean(),
  subject: z.object({ kind: z.string(), id: z.string().nullable() }),
});
