import { type Expression, type SqlBool, sql } from 'kysely';
import { CHILD_SCOPES, type ChildScope, POLICY } from '../../core/access/policy.ts';
import type { Tx } from '../../store/database.ts';
import { tenantJoin } from '../../store/tenant-join.ts';
import type { Actor } from '../context.ts';
import { childScopeCondition, childVisibleCondition } from './child-scope.ts';

const SEARCH_LIMIT = 50;

/**
 * Prefix match as a range on the stored lower-case columns with the byte-wise pattern operators:
 * unlike LIKE, these are leakproof, so PostgreSQL may use the index under row-level security.
 */
function prefixRange(column: string, prefix: string) {
  return sql<SqlBool>`(${sql.ref(column)} ~>=~ ${prefix} AND ${sql.ref(column)} ~<~ ${`${prefix}\u{10FFFF}`})`;
}

function matches(q: string): Expression<SqlBool> {
  const digits = q.replace(/[\s-]/g, '');
  if (/^\d{1,10}$/.test(digits)) return prefixRange('child.cpr', digits);
  const text = q.trim().toLowerCase().replace(/\s+/g, ' ');
  return sql<SqlBool>`(${prefixRange('child.search_name', text)} OR ${prefixRange('child.search_last_name', text)})`;
}

export function visibleChildrenQuery(tx: Tx, actor: Actor, q: string | undefined) {
  // No join with district here: with a semi-join on scope the planner misjudges it badly, and
  // the few district names are cheaper to fetch apart (districtNames).
  let query = tx
    .selectFrom('child')
    .select([
      'child.id',
      'child.first_name',
      'child.last_name',
      'child.cpr',
      'child.birth_date',
      'child.district_id',
    ])
    .where('child.municipality_id', '=', actor.municipalityId)
    .where((eb) => childVisibleCondition(eb, actor, POLICY[actor.role].childScopes));
  if (q && q.trim() !== '') query = query.where(matches(q));
  return query.orderBy('child.last_name').orderBy('child.first_name').orderBy('child.id').limit(SEARCH_LIMIT);
}

export function searchVisibleChildren(tx: Tx, actor: Actor, q: string | undefined) {
  return visibleChildrenQuery(tx, actor, q).execute();
}

export async function districtNames(tx: Tx, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .selectFrom('district')
    .select(['id', 'name'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** For one child: which scopes hold for this actor, and whether an emergency grant is in force. */
export async function childFacts(tx: Tx, actor: Actor, childId: string) {
  const row = await tx
    .selectFrom('child')
    .select((eb) => [
      ...CHILD_SCOPES.map((scope) => childScopeCondition(eb, actor, scope).as(scope)),
      eb
        .exists(
          eb
            .selectFrom('emergency_access')
            .select(sql`1`.as('one'))
            .whereRef('emergency_access.child_id', '=', 'child.id')
            .where('emergency_access.user_id', '=', actor.userId)
            .where('emergency_access.expires_at', '>', sql<Date>`now()`),
        )
        .as('emergencyGrant'),
    ])
    .where('child.id', '=', childId)
    .executeTakeFirst();
  return row as (Record<ChildScope, boolean> & { emergencyGrant: boolean }) | undefined;
}

export function latestEmergencyReason(tx: Tx, actor: Actor, childId: string) {
  return tx
    .selectFrom('emergency_access')
    .select(['reason', 'expires_at'])
    .where('child_id', '=', childId)
    .where('user_id', '=', actor.userId)
    .where('expires_at', '>', sql<Date>`now()`)
    .orderBy('granted_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function childWithHousehold(tx: Tx, childId: string) {
  return tx
    .selectFrom('child')
    .innerJoin('household', (j) => tenantJoin(j, 'household.id', 'child.household_id'))
    .innerJoin('district', (j) => tenantJoin(j, 'district.id', 'child.district_id'))
    .select([
      'child.id',
      'child.first_name',
      'child.last_name',
      'child.cpr',
      'child.birth_date',
      'child.household_id',
      'household.address',
      'district.id as district_id',
      'district.name as district_name',
    ])
    .where('child.id', '=', childId)
    .executeTakeFirst();
}

export function personsAroundChild(tx: Tx, childId: string) {
  return tx
    .selectFrom('child_relation')
    .innerJoin('person', (j) => tenantJoin(j, 'person.id', 'child_relation.person_id'))
    .select([
      'person.id',
      'person.first_name',
      'person.last_name',
      'person.phone',
      'person.household_id',
      'child_relation.relation',
      'child_relation.has_custody',
    ])
    .where('child_relation.child_id', '=', childId)
    .orderBy('child_relation.has_custody', 'desc')
    .orderBy('person.last_name')
    .execute();
}

/**
 * The child's siblings in the household that the reader may see by their own scopes: reading one
 * child (by scope or by emergency access) opens that child, not its brothers and sisters.
 */
export function visibleSiblingsInHousehold(tx: Tx, actor: Actor, householdId: string, childId: string) {
  return tx
    .selectFrom('child')
    .select(['id', 'first_name', 'last_name', 'birth_date'])
    .where('household_id', '=', householdId)
    .where('id', '!=', childId)
    .where((eb) => childVisibleCondition(eb, actor, POLICY[actor.role].childScopes))
    .orderBy('birth_date')
    .execute();
}

export function groupsOfChild(tx: Tx, childId: string) {
  return tx
    .selectFrom('enrolment')
    .innerJoin('group', (j) => tenantJoin(j, 'group.id', 'enrolment.group_id'))
    .innerJoin('unit', (j) => tenantJoin(j, 'unit.id', 'group.unit_id'))
    .select([
      'group.id',
      'group.name',
      'unit.id as unit_id',
      'unit.name as unit_name',
      'unit.kind as unit_kind',
    ])
    .where('enrolment.child_id', '=', childId)
    .orderBy('unit.name')
    .execute();
}

export async function insertEmergencyAccess(
  tx: Tx,
  row: { municipalityId: string; userId: string; childId: string; reason: string; hours: number },
) {
  return tx
    .insertInto('emergency_access')
    .values({
      municipality_id: row.municipalityId,
      user_id: row.userId,
      child_id: row.childId,
      reason: row.reason,
      expires_at: sql<Date>`now() + make_interval(hours => ${row.hours})`,
    })
    .returning(['id', 'expires_at'])
    .executeTakeFirstOrThrow();
}

export function openCaseOf(tx: Tx, childId: string) {
  return tx
    .selectFrom('cases')
    .select('id')
    .where('child_id', '=', childId)
    .where('closed_at', 'is', null)
    .executeTakeFirst();
}
