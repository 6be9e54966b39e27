import { type AliasableExpression, type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { ChildScope } from '../../core/access/policy.ts';
import type { Database } from '../../store/schema.ts';
import type { Actor } from '../context.ts';

type ChildEb = ExpressionBuilder<Database, 'child'>;

const FALSE = sql<SqlBool>`false`;

/**
 * The SQL form of one access scope for the `child` row in the query. Search and single reads use
 * the same expressions, so what a list shows and what a page opens can never disagree.
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
    case 'own_units':
      if (actor.unitIds.length === 0) return FALSE;
      return eb.exists(
        eb
          .selectFrom('enrolment')
          .innerJoin('group', (j) =>
            j
              .onRef('group.municipality_id', '=', 'enrolment.municipality_id')
              .onRef('group.id', '=', 'enrolment.group_id'),
          )
          .select(sql`1`.as('one'))
          .whereRef('enrolment.child_id', '=', 'child.id')
          .where('group.unit_id', 'in', actor.unitIds),
      );
    case 'assigned_cases':
      return eb.exists(
        eb
          .selectFrom('cases')
          .select(sql`1`.as('one'))
          .whereRef('cases.child_id', '=', 'child.id')
          .where('cases.closed_at', 'is', null)
          .where((w) =>
            w.or([
              w('cases.caseworker_id', '=', actor.userId),
              w('cases.foster_care_consultant_id', '=', actor.userId),
            ]),
          ),
      );
    case 'district_cases':
      if (actor.districtIds.length === 0) return FALSE;
      return eb.exists(
        eb
          .selectFrom('cases')
          .select(sql`1`.as('one'))
          .whereRef('cases.child_id', '=', 'child.id')
          .where('cases.closed_at', 'is', null)
          .where('cases.district_id', 'in', actor.districtIds),
      );
  }
}

/** Any of the scopes; no scopes means no rows. */
export function childVisibleCondition(
  eb: ChildEb,
  actor: Actor,
  scopes: readonly ChildScope[],
): Expression<SqlBool> {
  if (scopes.length === 0) return FALSE;
  return eb.or(scopes.map((scope) => childScopeCondition(eb, actor, scope)));
}
