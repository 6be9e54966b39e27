import { sql } from 'kysely';
import type { Tx } from '../../store/database.ts';

export interface AuditFilter {
  entity?: string | undefined;
  user?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LIMIT = 200;

export function searchAuditLog(tx: Tx, filter: AuditFilter) {
  let query = tx
    .selectFrom('audit_log')
    .leftJoin('app_user', (j) =>
      j
        .onRef('app_user.municipality_id', '=', 'audit_log.municipality_id')
        .onRef('app_user.id', '=', 'audit_log.user_id'),
    )
    .select([
      'audit_log.seq',
      'audit_log.at',
      'audit_log.user_id',
      'app_user.username',
      'audit_log.role',
      'audit_log.action',
      'audit_log.entity_type',
      'audit_log.entity_id',
      'audit_log.outcome',
      'audit_log.emergency',
      'audit_log.reason',
    ]);
  if (filter.entity) {
    query = UUID.test(filter.entity)
      ? query.where('audit_log.entity_id', '=', filter.entity.toLowerCase())
      : query.where('audit_log.entity_type', '=', filter.entity);
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
