import { sql } from 'kysely';
import type { Tx } from '../../store/database.ts';
import { tenantJoin } from '../../store/tenant-join.ts';
import type { Actor } from '../context.ts';
import { auditScopeCondition } from './audit-scope.ts';

export interface AuditFilter {
  entity?: string | undefined;
  user?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LIMIT = 200;

/**
 * The newest rows matching the filter among those the actor may see (audit-scope.ts). An id
 * finds a row that names it as its entity, its child or its case, or lists it (a search, a
 * queue, "Mit overblik"); any other text is an entity type.
 */
export function searchAuditLog(tx: Tx, actor: Actor, filter: AuditFilter) {
  let query = tx
    .selectFrom('audit_log')
    .leftJoin('app_user', (j) => tenantJoin(j, 'app_user.id', 'audit_log.user_id'))
    .select([
      'audit_log.seq',
      'audit_log.at',
      'audit_log.user_id',
      'app_user.username',
      'audit_log.role',
      'audit_log.action',
      'audit_log.entity_type',
      'audit_log.entity_id',
      'audit_log.child_id',
      'audit_log.case_id',
      'audit_log.outcome',
      'audit_log.emergency',
      'audit_log.on_call',
      'audit_log.reason',
    ])
    .where('audit_log.municipality_id', '=', actor.municipalityId)
    .where((eb) => auditScopeCondition(eb, actor));
  if (filter.entity) {
    if (UUID.test(filter.entity)) {
      const id = filter.entity.toLowerCase();
      const listed = JSON.stringify([id]);
      query = query.where((eb) =>
        eb.or([
          eb('audit_log.entity_id', '=', id),
          eb('audit_log.child_id', '=', id),
          eb('audit_log.case_id', '=', id),
          // Written as the partial GIN indexes of migration 011 are, so the planner uses them.
          sql<boolean>`(audit_log.details ? 'childIds' AND audit_log.details -> 'childIds' @> ${listed}::jsonb)`,
          sql<boolean>`(audit_log.details ? 'caseIds' AND audit_log.details -> 'caseIds' @> ${listed}::jsonb)`,
        ]),
      );
    } else {
      query = query.where('audit_log.entity_type', '=', filter.entity);
    }
  }
  if (filter.user) {
    query = UUID.test(filter.user)
      ? query.where('audit_log.user_id', '=', filter.user.toLowerCase())
      : query.where('app_user.username', '=', filter.user.toLowerCase());
  }
  // Dates are Danish calendar days: "to" includes the whole day.
  if (filter.from)
    query = query.where(
      'audit_log.at',
      '>=',
      sql<Date>`(${filter.from}::date)::timestamp AT TIME ZONE 'Europe/Copenhagen'`,
    );
  if (filter.to)
    query = query.where(
      'audit_log.at',
      '<',
      sql<Date>`(${filter.to}::date + 1)::timestamp AT TIME ZONE 'Europe/Copenhagen'`,
    );
  return query.orderBy('audit_log.seq', 'desc').limit(LIMIT).execute();
}
