import { POLICY } from '../../core/access/policy.ts';
import { type ActorHandle, DeniedError } from '../actor-db.ts';
import { type AuditFilter, searchAuditLog } from './audit.queries.ts';

export async function searchAudit({ tx, actor, audit }: ActorHandle, filter: AuditFilter) {
  if (!POLICY[actor.role].auditRead) {
    throw new DeniedError({
      action: 'search',
      entityType: 'audit_log',
      entityId: null,
      details: { ...filter },
    });
  }
  const rows = await searchAuditLog(tx, filter);
  // Who looked at whom is itself sensitive: reading the log is logged.
  await audit({
    action: 'search',
    entityType: 'audit_log',
    entityId: null,
    details: { ...filter, count: rows.length },
  });
  return rows.map((r) => ({
    seq: r.seq,
    at: r.at.toISOString(),
    userId: r.user_id,
    username: r.username,
    role: r.role,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    outcome: r.outcome,
    emergency: r.emergency,
    reason: r.reason,
  }));
}
