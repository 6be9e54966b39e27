import type { z } from 'zod';
import { intakePolicyOf } from '../../core/access/intake-policy.ts';
import type { SupervisionResponse } from '../../core/api/intake.ts';
import { DUE_SOON_MS } from '../../core/calendar/time-left.ts';
import { type ActorHandle, DeniedError } from '../actor-db.ts';
import { dueReports } from './supervision.queries.ts';
import { deadline, reportChild } from './views.ts';

/**
 * Supervision now (ledelsestilsyn): what is overdue or due within 24 hours — screenings not
 * done, receipts not sent — in the leader's own districts, live from the records. Reports of a
 * child not yet identified have no district and stay with Front.
 */
export async function intakeSupervision(h: ActorHandle): Promise<z.infer<typeof SupervisionResponse>> {
  const reach = intakePolicyOf(h.actor.role)?.supervision ?? null;
  if (!reach) throw new DeniedError({ action: 'read', entityType: 'intake_supervision', entityId: null });
  const now = new Date();
  const horizon = new Date(now.getTime() + DUE_SOON_MS);
  const rows = await dueReports(h.tx, horizon, reach === 'own_districts' ? h.actor.districtIds : null);
  const items = rows.flatMap((r) => {
    const district = r.district_id && r.district_name ? { id: r.district_id, name: r.district_name } : null;
    const base = { reportId: r.id, district, child: reportChild(r), acute: r.acute };
    const out: z.infer<typeof SupervisionResponse>['items'] = [];
    if (r.status === 'received' && r.screening_due_at <= horizon) {
      out.push({
        ...base,
        kind: 'screening',
        deadline: deadline(r.screening_due_at, now),
        responsible: null,
      });
    }
    if (!r.receipt_id && r.receipt_due_at && r.receipt_due_at <= horizon) {
      const responsible =
        r.screener_id && r.screener_name ? { id: r.screener_id, name: r.screener_name } : null;
      out.push({ ...base, kind: 'receipt', deadline: deadline(r.receipt_due_at, now), responsible });
    }
    return out;
  });
  items.sort((a, b) => new Date(a.deadline.dueAt).getTime() - new Date(b.deadline.dueAt).getTime());
  const byDistrict = new Map<
    string,
    { district: (typeof items)[number]['district']; overdue: number; dueSoon: number }
  >();
  for (const i of items) {
    const key = i.district?.id ?? '';
    const entry = byDistrict.get(key) ?? { district: i.district, overdue: 0, dueSoon: 0 };
    if (i.deadline.state === 'overdue') entry.overdue += 1;
    else entry.dueSoon += 1;
    byDistrict.set(key, entry);
  }
  const shown = new Set(items.map((i) => i.reportId));
  await h.audit({
    action: 'read',
    entityType: 'intake_supervision',
    entityId: null,
    details: {
      reportIds: [...shown],
      childIds: [...new Set(rows.flatMap((r) => (r.child_id && shown.has(r.id) ? [r.child_id] : [])))],
    },
  });
  return { items, byDistrict: [...byDistrict.values()] };
}
