import { mayReadAudit } from '../../core/access/audit-policy.ts';
import { type ActorHandle, DeniedError } from '../actor-db.ts';
import { type AuditFilter, searchAuditLog } from './audit.queries.ts';

/** The audit search, limited in SQL to the rows the role may see (src/core/access/audit-policy.ts). */
export async function searchAudit({ tx, actor, audit }: ActorHandle, filter: AuditFilter) {
  if (!mayReadAudit(actor.role)) {
    throw new DeniedError({
      action: 'search',
      entityType: 'audit_log',
      entityId: null,
      details: { ...filter },
    });
  }
  const rows = await searchAuditLog(tx, actor, filter);
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
    childId: r.child_id,
    caseId: r.case_id,
    outcome: r.outcome,
    emergency: r.emergency,
    onCall: r.on_call,
    reason: r.reason,
  }));
}
