import type { z } from 'zod';
import type { CaseloadView, MyCasesResponse } from '../../core/api/casework-overview.ts';
import {
  copenhagenDateOf,
  copenhagenInstant,
  copenhagenIso,
  todayInCopenhagen,
} from '../../core/calendar/zone.ts';
import { caseDeadlines, isMeasureActive, isOverdue, nextDeadline } from '../../core/casework/deadlines.ts';
import { currentPosition } from '../../core/casework/ladder.ts';
import { caseloadFor, quietSince } from '../../core/casework/quiet.ts';
import { ageOn } from '../../core/people.ts';
import type { ActorHandle } from '../actor-db.ts';
import { requirePolicy } from './case-access.ts';
import { loadCaseFacts, loadCaseworkSettings } from './deadlines.queries.ts';
import { measuresProgress } from './follow-ups-progress.ts';
import * as q from './mine.queries.ts';

/** One collator: localeCompare with a locale builds a new one on every call. */
const DANISH = new Intl.Collator('da');
/**
 * "Mit overblik" (issue #6 point 8): the caller's own open cases, each with the next deadline and
 * what it is, overdue first; quiet cases (no contact for `quietWeeks`) shown with the date they
 * went quiet; the caller's caseload against the target. Everything is computed from the records
 * for all the cases at once (a fixed number of queries), then audited as one read listing the cases.
 */

function endOfDayIso(date: string): string {
  return copenhagenIso(copenhagenInstant(date, 23, 59, 59, 999));
}

export async function myCases(h: ActorHandle): Promise<MyCasesResponse> {
  requirePolicy(h, (p) => p.ownOverview, { action: 'read', entityType: 'case_overview' });
  const { tx, actor } = h;
  const today = todayInCopenhagen();
  const cases = await q.myOpenCases(tx, actor.userId);
  const ids = cases.map((c) => c.id);
  const [children, facts, settings, contacts, ladder] = await Promise.all([
    q.childrenByIds(
      tx,
      cases.map((c) => c.child_id),
    ),
    loadCaseFacts(tx, ids),
    loadCaseworkSettings(tx),
    q.lastContacts(tx, ids),
    q.caseLadderMeasures(tx, ids),
  ]);
  const activeMeasureIds = [...ladder.values()]
    .flat()
    .filter((m) => isMeasureActive(m, today))
    .map((m) => m.id);
  const progress = await measuresProgress(tx, activeMeasureIds);

  const rows = cases.map((c) => {
    const child = children.get(c.child_id) ?? { name: '', birthDate: today };
    const f = facts.get(c.id);
    const deadlines = f ? caseDeadlines(f, today, settings) : [];
    const next = nextDeadline(deadlines);
    const overdueCount = deadlines.filter((d) => isOverdue(d, today)).length;
    const measures = ladder.get(c.id) ?? [];
    return {
      caseId: c.id,
      child: {
        id: c.child_id,
        name: child.name,
        birthDate: child.birthDate,
        age: ageOn(child.birthDate, today),
      },
      district: { id: c.district_id, name: c.district_name },
      currentStep: currentPosition(measures, today),
      nextDeadline: next && {
        rule: next.rule,
        label: next.label,
        dueOn: next.dueOn,
        dueAt: endOfDayIso(next.dueOn),
      },
      overdue: overdueCount > 0,
      overdueCount,
      quietSince: quietSince(
        contacts.get(c.id) ?? null,
        copenhagenDateOf(c.opened_at),
        today,
        settings.quietWeeks,
      ),
      noProgressMeasures: measures.filter((m) => progress.get(m.id)?.noProgressFlag === true).length,
    };
  });
  // Overdue first, then by the next due date (none last), then by the child's name.
  rows.sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      (a.nextDeadline?.dueOn ?? '9999-12-31').localeCompare(b.nextDeadline?.dueOn ?? '9999-12-31') ||
      DANISH.compare(a.child.name, b.child.name),
  );
  await h.audit({
    action: 'read',
    entityType: 'case_overview',
    entityId: null,
    details: { caseIds: ids, childIds: [...new Set(cases.map((c) => c.child_id))] },
  });
  return rows;
}

export async function myCaseload(h: ActorHandle): Promise<z.infer<typeof CaseloadView>> {
  requirePolicy(h, (p) => p.ownOverview, { action: 'read', entityType: 'caseload' });
  const [openCases, settings] = await Promise.all([
    q.openCaseload(h.tx, h.actor.userId),
    loadCaseworkSettings(h.tx),
  ]);
  return caseloadFor(h.actor.role, openCases, settings.caseloadTarget);
}
