import { sql } from 'kysely';
import type { CalendarDate } from '../../core/calendar/zone.ts';
import type { ForumFigureMeasure, FR1Row, FR2Row, ReviewRow } from '../../core/figures/forum-figures.ts';
import type { Tx } from '../../store/database.ts';
import { tenantJoin } from '../../store/tenant-join.ts';

/**
 * The queries of the forums' figures FR1–FR4 (definitions: src/core/figures/forum-figures.ts).
 * Each reads exactly the fields its pure function needs and nothing that names a person; the
 * district is the case's (the council is the case's district's).
 */

/** FR1: Det Kreative Råd's decisions on proposals in [from, to]. */
export async function fr1Rows(
  tx: Tx,
  from: CalendarDate,
  to: CalendarDate,
  districtId: string | undefined,
): Promise<FR1Row[]> {
  let q = tx
    .selectFrom('forum_decision')
    .select(['district_id', 'outcome'])
    .where('forum_kind', '=', 'creative_council')
    .where('rule', '=', 'specialised_proposal')
    .where('decided_on', '>=', from)
    .where('decided_on', '<=', to);
  if (districtId) q = q.where('district_id', '=', districtId);
  const rows = await q.execute();
  return rows.map((r) => ({ districtId: r.district_id, outcome: r.outcome }));
}

/** FR2: proposals with the day their forum settled them (its first decision but a postponement), in [from, to]. */
export async function fr2Rows(
  tx: Tx,
  from: CalendarDate,
  to: CalendarDate,
  districtId: string | undefined,
): Promise<FR2Row[]> {
  const { rows } = await sql<{ district_id: string | null; proposed_on: string; decided_on: string }>`
    SELECT p.district_id, to_char(p.proposed_on, 'YYYY-MM-DD') AS proposed_on,
           to_char(min(d.decided_on), 'YYYY-MM-DD') AS decided_on
    FROM forum_proposal p
    JOIN forum_decision d ON d.municipality_id = p.municipality_id AND d.proposal_id = p.id
      AND d.forum_kind = p.forum_kind AND d.outcome <> 'postponed'
    WHERE (${districtId ?? null}::uuid IS NULL OR p.district_id = ${districtId ?? null}::uuid)
    GROUP BY p.id, p.district_id, p.proposed_on
    HAVING min(d.decided_on) BETWEEN ${from}::date AND ${to}::date`.execute(tx);
  return rows.map((r) => ({ districtId: r.district_id, proposedOn: r.proposed_on, decidedOn: r.decided_on }));
}

/** FR3, FR4: every measure started by `asOf`, with its step, whether its offer is specialised and the case's district. */
export async function forumFigureMeasures(
  tx: Tx,
  asOf: CalendarDate,
  districtId: string | undefined,
): Promise<ForumFigureMeasure[]> {
  let q = tx
    .selectFrom('measure as m')
    .innerJoin('cases as c', (j) => tenantJoin(j, 'c.id', 'm.case_id'))
    .innerJoin('offer as o', (j) => tenantJoin(j, 'o.id', 'm.offer_id'))
    .select(['m.child_id', 'c.district_id', 'm.step_position', 'o.specialised', 'm.start_on', 'm.ended_on'])
    .where('m.start_on', '<=', asOf);
  if (districtId) q = q.where('c.district_id', '=', districtId);
  const rows = await q.execute();
  return rows.map((r) => ({
    childId: r.child_id,
    districtId: r.district_id,
    stepPosition: r.step_position,
    specialisedOffer: r.specialised,
    startOn: r.start_on,
    endedOn: r.ended_on,
  }));
}

/** FR3: the council's looks at a child by `asOf` — its reviews and its decisions on the child's proposals. */
export async function councilReviews(tx: Tx, asOf: CalendarDate): Promise<ReviewRow[]> {
  const rows = await tx
    .selectFrom('forum_decision')
    .select(['child_id', 'decided_on'])
    .where('forum_kind', '=', 'creative_council')
    .where('rule', 'in', ['specialised_review', 'specialised_proposal'])
    .where('outcome', '<>', 'postponed')
    .where('decided_on', '<=', asOf)
    .execute();
  return rows.map((r) => ({ childId: r.child_id, reviewedOn: r.decided_on }));
}
