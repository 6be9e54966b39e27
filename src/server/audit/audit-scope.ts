import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import { type AuditReach, auditReachOf, NON_PERSONAL_ENTITY_TYPES } from '../../core/access/audit-policy.ts';
import type { Database } from '../../store/schema.ts';
import { tenantJoin } from '../../store/tenant-join.ts';
import type { Actor } from '../context.ts';

type AuditEb = ExpressionBuilder<Database, 'audit_log'>;

const FALSE = sql<SqlBool>`false`;

/**
 * The rows of the audit log the actor may see, as one SQL condition: the OR of the reaches
 * src/core/access/audit-policy.ts gives the role. Sets over other tables are uncorrelated
 * `IN (…)` subqueries (computed once per query) and name the municipality as a constant besides
 * row-level security, so the planner can use the indexes.
 */
export function auditScopeCondition(eb: AuditEb, actor: Actor): Expression<SqlBool> {
  const conditions = auditReachOf(actor.role).map((reach) => reachCondition(eb, actor, reach));
  return conditions.length > 0 ? eb.or(conditions) : FALSE;
}

function reachCondition(eb: AuditEb, actor: Actor, reach: AuditReach): Expression<SqlBool> {
  const districts = actor.districtIds;
  switch (reach) {
    case 'municipality':
      return sql<SqlBool>`true`;
    case 'own_district_children':
      if (districts.length === 0) return FALSE;
      return eb(
        'audit_log.child_id',
        'in',
        eb
          .selectFrom('child')
          .select('child.id')
          .where('child.municipality_id', '=', actor.municipalityId)
          .where('child.district_id', 'in', districts),
      );
    case 'own_district_staff':
      if (districts.length === 0) return FALSE;
      return eb.and([
        eb('audit_log.child_id', 'is', null),
        eb(
          'audit_log.user_id',
          'in',
          eb
            .selectFrom('user_district')
            .select('user_district.user_id')
            .where('user_district.municipality_id', '=', actor.municipalityId)
            .where('user_district.district_id', 'in', districts)
            // Professionals belong to a district through their units (schools, daycare).
            .union(
              eb
                .selectFrom('user_unit')
                .innerJoin('unit', (j) => tenantJoin(j, 'unit.id', 'user_unit.unit_id'))
                .select('user_unit.user_id')
                .where('user_unit.municipality_id', '=', actor.municipalityId)
                .where('unit.district_id', 'in', districts),
            ),
        ),
      ]);
    case 'non_personal':
      return eb.and([
        eb('audit_log.child_id', 'is', null),
        eb('audit_log.case_id', 'is', null),
        eb('audit_log.entity_type', 'in', [...NON_PERSONAL_ENTITY_TYPES]),
      ]);
  }
}
