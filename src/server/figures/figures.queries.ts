import { sql } from 'kysely';
import type { CalendarDate } from '../../core/calendar/zone.ts';
import { currentPosition, highestPosition, type LadderMeasure } from '../../core/casework/ladder.ts';
import type { F9Row } from '../../core/figures/f9.ts';
import type { F11Row } from '../../core/figures/f11.ts';
import type { F12Child, F12Move } from '../../core/figures/f12.ts';
import type { Tx } from '../../store/database.ts';
import { tenantJoin } from '../../store/tenant-join.ts';

/**
 * The queries of figures F9, F11 and F12 (definitions: src/core/figures/f9.ts, f11.ts, f12.ts).
 * Each reads exactly the fields its pure function needs and nothing that names a person: the
 * aggregation, and the suppression of small counts, is the tested pure function's.
 */

/** F9: assessments (not clarifications) the municipality became aware of in [from, to], by the case's district. */
export async function f9Rows(
  tx: Tx,
  from: CalendarDate,
  to: CalendarDate,
  districtId: string | undefined,
): Promise<F9Row[]> {
  let q = tx
    .selectFrom('assessment as a')
    .innerJoin('cases as c', (j) => tenantJoin(j, 'c.id', 'a.case_id'))
    .select(['c.district_id', 'a.aware_on', 'a.completed_on'])
    .where('a.kind', '=', 'assessment')
    .where('a.aware_on', '>=', from)
    .where('a.aware_on', '<=', to);
  if (districtId) q = q.where('c.district_id', '=', districtId);
  const rows = await q.execute();
  return rows.map((r) => ({ districtId: r.district_id, awareOn: r.aware_on, completedOn: r.completed_on }));
}

/**
 * F11: open cases per caseworker and district now. Active caseworkers holding no open case count
 * with 0 in each of their districts: an empty desk is capacity too.
 */
export async function f11Rows(tx: Tx, districtId: string | undefined): Promise<F11Row[]> {
  const { rows } = await sql<{ caseworker_id: string; district_id: string; open_cases: number }>`
    SELECT c.caseworker_id, c.district_id, count(*)::int AS open_cases
    FROM cases c
    WHERE c.closed_at IS NULL AND c.caseworker_id IS NOT NULL
      AND (${districtId ?? null}::uuid IS NULL OR c.district_id = ${districtId ?? null}::uuid)
    GROUP BY c.caseworker_id, c.district_id
    UNION ALL
    SELECT u.id, ud.district_id, 0
    FROM app_user u
    JOIN user_district ud ON ud.user_id = u.id
    WHERE u.role = 'caseworker' AND u.active
      AND (${districtId ?? null}::uuid IS NULL OR ud.district_id = ${districtId ?? null}::uuid)
      AND NOT EXISTS (SELECT 1 FROM cases o WHERE o.caseworker_id = u.id AND o.closed_at IS NULL)`.execute(
    tx,
  );
  return rows.map((r) => ({
    caseworkerId: r.caseworker_id,
    districtId: r.district_id,
    openCases: r.open_cases,
  }));
}

/** F12 moves: the recorded moves on the ladder in [from, to], by the child's district. */
export async function f12Moves(
  tx: Tx,
  from: CalendarDate,
  to: CalendarDate,
  districtId: string | undefined,
): Promise<F12Move[]> {
  let q = tx
    .selectFrom('ladder_move as l')
    .innerJoin('child', (j) => tenantJoin(j, 'child.id', 'l.child_id'))
    .select(['child.district_id', 'l.moved_on', 'l.direction', 'l.from_position', 'l.to_position'])
    .where('l.moved_on', '>=', from)
    .where('l.moved_on', '<=', to);
  if (districtId) q = q.where('child.district_id', '=', districtId);
  const rows = await q.execute();
  return rows.map((r) => ({
    districtId: r.district_id,
    on: r.moved_on,
    direction: r.direction,
    fromPosition: r.from_position,
    toPosition: r.to_position,
  }));
}

/**
 * F12 children: each child's current and highest step on `asOf` from their measures as known
 * then (started by `asOf`; an end after `asOf` not yet happened), by the child's district.
 */
export async function f12Children(
  tx: Tx,
  asOf: CalendarDate,
  districtId: string | undefined,
): Promise<F12Child[]> {
  let q = tx
    .selectFrom('measure as m')
    .innerJoin('child', (j) => tenantJoin(j, 'child.id', 'm.child_id'))
    .select(['m.child_id', 'child.district_id', 'm.step_position', 'm.start_on', 'm.ended_on'])
    .where('m.start_on', '<=', asOf);
  if (districtId) q = q.where('child.district_id', '=', districtId);
  const rows = await q.execute();
  const children = new Map<string, { districtId: string | null; measures: LadderMeasure[] }>();
  for (const r of rows) {
    const c = children.get(r.child_id) ?? { districtId: r.district_id, measures: [] };
    c.measures.push({
      stepPosition: r.step_position,
      startOn: r.start_on,
      endedOn: r.ended_on !== null && r.ended_on <= asOf ? r.ended_on : null,
    });
    children.set(r.child_id, c);
  }
  return [...children.values()].map((c) => ({
    districtId: c.districtId,
    currentPosition: currentPosition(c.measures, asOf),
    highestPosition: highestPosition(c.measures),
  }));
}
