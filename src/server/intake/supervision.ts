import { sql } from 'kysely';
import type { z } from 'zod';
import { intakePolicyOf } from '../../core/access/intake-policy.ts';
import type { SupervisionResponse } from '../../core/api/intake.ts';
import { DUE_SOON_MS } from '../../core/calendar/time-left.ts';
import { type ActorHandle, DeniedError } from '../actor-db.ts';
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
  let q = h.tx
    .selectFrom('report')
    .leftJoin('child', 'child.id', 'report.child_id')
    .leftJoin('district', 'district.id', 'report.district_id')
    .leftJoin('receipt', 'receipt.report_id', 'report.id')
    .leftJoin('screening', 'screening.report_id', 'report.id')
    .leftJoin('app_user as screener', 'screener.id', 'screening.screened_by')
    .select([
      'report.id',
      'report.child_id',
      'report.provisional_name',
      'report.provisional_birth_date',
      'report.provisional_cpr',
      'report.district_id',
      'report.acute',
      'report.status',
      'report.screening_due_at',
      'report.receipt_due_at',
      'child.first_name',
      'child.last_name',
      'child.birth_date',
      'district.name as district_name',
      'receipt.id as receipt_id',
      'screener.id as screener_id',
      'screener.display_name as screener_name',
    ])
    .where((eb) =>
      eb.or([
        eb.and([eb('report.status', '=', 'received'), eb('report.screening_due_at', '<=', horizon)]),
        eb.and([eb('receipt.id', 'is', null), eb('report.receipt_due_at', '<=', horizon)]),
      ]),
    );
  if (reach === 'own_districts') {
    q = q.where('report.district_id', '=', sql<string>`ANY(${h.actor.districtIds}::uuid[])`);
  }
  const rows = await q.execute();
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
