import { type AliasableExpression, type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { ChildScope } from '../../core/access/policy.ts';
import type { Database } from '../../store/schema.ts';
import { tenantJoin } from '../../store/tenant-join.ts';
import type { Actor } from '../context.ts';

type ChildEb = ExpressionBuilder<Database, 'child'>;

const FALSE = sql<SqlBool>`false`;

/**
 * The SQL form of one access scope for the `child` row in the query. Search and single reads use
 * the same expressions, so what a list shows and what a page opens can never disagree.
 * Scopes over other tables are uncorrelated `child.id IN (…)` sets, which PostgreSQL computes
 * once per query (a hashed subplan) instead of once per child. Each names the municipality as a
 * constant too, besides row-level security: the planner can then estimate and use the indexes.
 */
export function childScopeCondition(
  eb: ChildEb,
  actor: Actor,
  scope: ChildScope,
): AliasableExpression<SqlBool> {
  switch (scope) {
    case 'municipality':
      return sql<SqlBool>`true`;
    case 'own_districts':
      return actor.districtIds.length > 0 ? eb('child.district_id', 'in', actor.districtIds) : FALSE;
    default: {
      const set = childIdSet(eb, actor, scope);
      return set ? eb('child.id', 'in', set) : FALSE;
    }
  }
}

/** The children of a scope found through other tables, as a subquery of ids; undefined when empty. */
function childIdSet(eb: ChildEb, actor: Actor, scope: ChildScope) {
  switch (scope) {
    case 'own_units':
      if (actor.unitIds.length === 0) return undefined;
      return eb
        .selectFrom('enrolment')
        .innerJoin('group', (j) => tenantJoin(j, 'group.id', 'enrolment.group_id'))
        .select('enrolment.child_id as id')
        .where('enrolment.municipality_id', '=', actor.municipalityId)
        .where('group.unit_id', 'in', actor.unitIds);
    case 'assigned_cases':
      return eb
        .selectFrom('cases')
        .select('cases.child_id as id')
        .where('cases.municipality_id', '=', actor.municipalityId)
        .where('cases.closed_at', 'is', null)
        .where((w) =>
          w.or([
            w('cases.caseworker_id', '=', actor.userId),
            w('cases.foster_care_consultant_id', '=', actor.userId),
          ]),
        );
    case 'district_cases':
      if (actor.districtIds.length === 0) return undefined;
      return eb
        .selectFrom('cases')
        .select('cases.child_id as id')
        .where('cases.municipality_id', '=', actor.municipalityId)
        .where('cases.closed_at', 'is', null)
        .where('cases.district_id', 'in', actor.districtIds);
    case 'reported_children':
      return eb
        .selectFrom('report')
        .select('report.child_id as id')
        .where('report.municipality_id', '=', actor.municipalityId)
        .where('report.child_id', 'is not', null)
        .$narrowType<{ id: string }>();
    default:
      return undefined;
  }
}

const SET_SCOPES: readonly ChildScope[] = [
  'own_units',
  'assigned_cases',
  'district_cases',
  'reported_children',
];

/**
 * Any of the scopes; no scopes means no rows. The scopes that are sets of children found through
 * other tables are united into one `IN` set: a caseworker's few dozen children are then looked up
 * by key instead of testing every child of the municipality against each set.
 */
export function childVisibleCondition(
  eb: ChildEb,
  actor: Actor,
  scopes: readonly ChildScope[],
): Expression<SqlBool> {
  const direct = scopes.filter((s) => !SET_SCOPES.includes(s)).map((s) => childScopeCondition(eb, actor, s));
  const sets = scopes.filter((s) => SET_SCOPES.includes(s)).map((s) => childIdSet(eb, actor, s));
  const [first, ...rest] = sets.filter((set) => set !== undefined);
  const conditions = [...direct];
  if (first)
    conditions.push(
      eb(
        'child.id',
        'in',
        rest.reduce((union, set) => union.union(set), first),
      ),
    );
  if (conditions.length === 0) return FALSE;
  return conditions.length === 1 ? (conditions[0] as Expression<SqlBool>) : eb.or(conditions);
}
