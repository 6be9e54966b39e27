import { sql } from 'kysely';
import { caseStaffRoles } from '../../core/access/case-policy.ts';
import type { Tx } from '../../store/database.ts';

/** Batch queries of the leader's case supervision: a fixed number of statements for any size. */

/** Open cases of the districts (null = the whole municipality) with district and caseworker (children: childrenByIds). */
export function openCasesIn(tx: Tx, districtIds: readonly string[] | null) {
  let q = tx
    .selectFrom('cases')
    .innerJoin('district', 'district.id', 'cases.district_id')
    .leftJoin('app_user as cw', 'cw.id', 'cases.caseworker_id')
    .select([
      'cases.id',
      'cases.opened_at',
      'cases.caseworker_id',
      'cases.foster_care_consultant_id',
      'cases.contact_person_id',
      'cases.child_id',
      'district.id as district_id',
      'district.name as district_name',
      'cw.display_name as caseworker_name',
    ])
    .where('cases.closed_at', 'is', null);
  if (districtIds !== null) q = q.where(sql<boolean>`cases.district_id = any(${districtIds}::uuid[])`);
  return q.execute();
}

/**
 * The case-working staff to supervise: active caseworkers, preventive workers and foster-care
 * consultants with a district among `districtIds` or assigned to one of `caseUserIds`' cases.
 */
export function staffOf(tx: Tx, districtIds: readonly string[] | null, caseUserIds: readonly string[]) {
  let q = tx
    .selectFrom('app_user as u')
    .select(['u.id', 'u.display_name', 'u.role'])
    .where('u.role', 'in', caseStaffRoles())
    .where('u.active', '=', true);
  if (districtIds !== null) {
    q = q.where((eb) =>
      eb.or([
        eb(
          'u.id',
          'in',
          caseUserIds.length > 0 ? [...caseUserIds] : ['00000000-0000-0000-0000-000000000000'],
        ),
        eb.exists(
          eb
            .selectFrom('user_district as ud')
            .select(sql`1`.as('one'))
            .whereRef('ud.user_id', '=', 'u.id')
            .where(sql<boolean>`ud.district_id = any(${districtIds}::uuid[])`),
        ),
      ]),
    );
  }
  return q.orderBy('u.display_name').orderBy('u.id').execute();
}

export async function districtsOfUsers(tx: Tx, userIds: readonly string[]) {
  const out = new Map<string, { id: string; name: string }[]>();
  if (userIds.length === 0) return out;
  const rows = await tx
    .selectFrom('user_district as ud')
    .innerJoin('district as d', 'd.id', 'ud.district_id')
    .select(['ud.user_id', 'd.id', 'd.name'])
    .where(sql<boolean>`ud.user_id = any(${userIds}::uuid[])`)
    .orderBy('d.name')
    .execute();
  for (const r of rows) out.set(r.user_id, [...(out.get(r.user_id) ?? []), { id: r.id, name: r.name }]);
  return out;
}

/** Each user's open cases in the whole municipality (assigned in any responsibility, each case once). */
export async function caseloadsOf(tx: Tx, userIds: readonly string[]): Promise<Map<string, number>> {
  if (userIds.length === 0) return new Map();
  const { rows } = await sql<{ user_id: string; n: number }>`
    SELECT a.user_id, count(DISTINCT a.case_id)::int AS n
    FROM cases c
    CROSS JOIN LATERAL (VALUES (c.caseworker_id, c.id), (c.foster_care_consultant_id, c.id),
      (c.contact_person_id, c.id)) AS a (user_id, case_id)
    WHERE c.closed_at IS NULL AND a.user_id = any(${userIds}::uuid[])
    GROUP BY a.user_id`.execute(tx);
  return new Map(rows.map((r) => [r.user_id, r.n]));
}
