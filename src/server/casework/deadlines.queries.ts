import { sql } from 'kysely';
import {
  type CaseFacts,
  type CaseworkSettings,
  DEFAULT_CASEWORK_SETTINGS,
} from '../../core/casework/deadlines.ts';
import type { Tx } from '../../store/database.ts';

/**
 * The dated facts behind a case's deadlines (src/core/casework/deadlines.ts `caseDeadlines`),
 * loaded for many cases at once: "Mit overblik" and the leader's supervision compute the
 * deadlines of 25–450 cases per request, so this is a fixed number of queries (one per table,
 * each over `case_id = ANY($ids)` on the tables' (municipality_id, case_id) indexes) whatever
 * the number of cases — never one round per case. Row-level security keeps it to the caller's
 * municipality; access to the cases themselves is the caller's business (openCase, or the
 * overview's own scope).
 *
 * Measures and follow-ups are the case's own: a child has at most one open case
 * (cases_one_open_per_child), and a closed case's deadlines are history.
 */

const byCase = <R extends { case_id: string }>(rows: readonly R[]) => {
  const map = new Map<string, R[]>();
  for (const r of rows) {
    const list = map.get(r.case_id);
    if (list) list.push(r);
    else map.set(r.case_id, [r]);
  }
  return map;
};

/** Facts per case id; a case id that does not exist (or is another municipality's) is absent. */
export async function loadCaseFacts(tx: Tx, caseIds: readonly string[]): Promise<Map<string, CaseFacts>> {
  const out = new Map<string, CaseFacts>();
  const ids = [...new Set(caseIds)];
  if (ids.length === 0) return out;
  const anyId = (column: string) => sql<boolean>`${sql.ref(column)} = any(${ids}::uuid[])`;

  const [cases, assessments, plans, measures, followUps] = await Promise.all([
    tx
      .selectFrom('cases')
      .innerJoin('child', 'child.id', 'cases.child_id')
      .select(['cases.id as case_id', 'child.birth_date'])
      .where(anyId('cases.id'))
      .execute(),
    tx
      .selectFrom('assessment')
      .select(['case_id', 'id', 'kind', 'aware_on', 'completed_on', 'provisional_on'])
      .where(anyId('assessment.case_id'))
      .execute(),
    tx
      .selectFrom('plan')
      .select(['case_id', 'id', 'kind', 'agreed_on'])
      .where(anyId('plan.case_id'))
      .execute(),
    tx
      .selectFrom('measure')
      .select(['case_id', 'id', 'track', 'start_on', 'ended_on', 'follow_up_cadence_weeks'])
      .where(anyId('measure.case_id'))
      .execute(),
    tx
      .selectFrom('follow_up')
      .select(['case_id', 'id', 'measure_id', 'kind', 'held_on'])
      .where(anyId('follow_up.case_id'))
      .execute(),
  ]);

  const a = byCase(assessments);
  const p = byCase(plans);
  const m = byCase(measures);
  const f = byCase(followUps);
  for (const c of cases) {
    out.set(c.case_id, {
      child: { birthDate: c.birth_date },
      assessments: (a.get(c.case_id) ?? []).map((r) => ({
        id: r.id,
        kind: r.kind,
        awareOn: r.aware_on,
        completedOn: r.completed_on,
        provisionalOn: r.provisional_on,
      })),
      plans: (p.get(c.case_id) ?? []).map((r) => ({ id: r.id, kind: r.kind, agreedOn: r.agreed_on })),
      measures: (m.get(c.case_id) ?? []).map((r) => ({
        id: r.id,
        track: r.track,
        startOn: r.start_on,
        endedOn: r.ended_on,
        cadenceWeeks: r.follow_up_cadence_weeks,
      })),
      followUps: (f.get(c.case_id) ?? []).map((r) => ({
        id: r.id,
        measureId: r.measure_id,
        kind: r.kind,
        heldOn: r.held_on,
      })),
    });
  }
  return out;
}

/**
 * The municipality's case-work settings: its casework_setting row over the defaults of
 * src/core/casework (the table holds the locally configurable ones; the statutory ones are law).
 */
export async function loadCaseworkSettings(tx: Tx): Promise<CaseworkSettings> {
  const row = await tx
    .selectFrom('casework_setting')
    .select(['quiet_weeks', 'caseload_target', 'home_follow_up_months', 'placement_follow_up_weeks'])
    .executeTakeFirst();
  if (!row) return DEFAULT_CASEWORK_SETTINGS;
  return {
    ...DEFAULT_CASEWORK_SETTINGS,
    quietWeeks: row.quiet_weeks,
    caseloadTarget: row.caseload_target,
    homeFollowUpMonths: row.home_follow_up_months,
    placementFollowUpWeeks: row.placement_follow_up_weeks,
  };
}
