import type { z } from 'zod';
import type { CaseDeadlineView } from '../../core/api/casework.ts';
import { copenhagenInstant, copenhagenIso, todayInCopenhagen } from '../../core/calendar/zone.ts';
import { type CaseDeadline, caseDeadlines, isOverdue } from '../../core/casework/deadlines.ts';
import type { ActorHandle } from '../actor-db.ts';
import { openCase } from './case-access.ts';
import { loadCaseFacts, loadCaseworkSettings } from './deadlines.queries.ts';

/**
 * GET /api/cases/:id/deadlines: every deadline of the case (domain.md's rule ids), done ones
 * included, computed from the records (src/core/casework/deadlines.ts); nothing is stored.
 */

/** The end of a calendar day in Copenhagen, as an instant with offset: a deadline is met all day. */
export function endOfDayIso(date: string): string {
  return copenhagenIso(copenhagenInstant(date, 23, 59, 59, 999));
}

export function toDeadlineView(d: CaseDeadline, today: string): z.infer<typeof CaseDeadlineView> {
  return {
    rule: d.rule,
    label: d.label,
    dueOn: d.dueOn,
    dueAt: endOfDayIso(d.dueOn),
    // The records hold the day a thing was done, not the hour: its end, like dueAt, so
    // doneAt <= dueAt reads "on time".
    doneAt: d.doneOn === null ? null : endOfDayIso(d.doneOn),
    overdue: isOverdue(d, today),
    subject: d.subject,
  };
}

export async function caseDeadlinesView(
  h: ActorHandle,
  caseId: string,
): Promise<z.infer<typeof CaseDeadlineView>[]> {
  await openCase(h, caseId, 'read', { action: 'read', entityType: 'case_deadlines' });
  const [facts, settings] = await Promise.all([loadCaseFacts(h.tx, [caseId]), loadCaseworkSettings(h.tx)]);
  const f = facts.get(caseId);
  if (!f) return [];
  const today = todayInCopenhagen();
  return caseDeadlines(f, today, settings).map((d) => toDeadlineView(d, today));
}
