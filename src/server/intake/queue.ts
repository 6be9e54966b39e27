import { intakePolicyOf } from '../../core/access/intake-policy.ts';
import type { QueueItem } from '../../core/api/intake.ts';
import { copenhagenIso } from '../../core/calendar/zone.ts';
import { linkedReports } from '../../core/intake/linked.ts';
import { SOURCE_INFO } from '../../core/intake/sources.ts';
import { type ActorHandle, DeniedError } from '../actor-db.ts';
import * as q from './reports.queries.ts';
import { deadline, reportChild } from './views.ts';

/**
 * Front's queue: the unscreened reports, acute first and then by least time left (overdue ones
 * have negative time left, so they come first within their group), and the receipts still owed.
 * A preventive worker or leader sees the same for their own districts. Every report listed is
 * person data, so the ids read are in the audit row.
 */
export async function intakeQueue(
  h: ActorHandle,
): Promise<{ toScreen: QueueItem[]; receiptsDue: QueueItem[] }> {
  const reach = intakePolicyOf(h.actor.role)?.reportRead ?? null;
  if (!reach) throw new DeniedError({ action: 'read', entityType: 'intake_queue', entityId: null });
  const rows = await q.openReports(h.tx, reach === 'municipality' ? null : h.actor.districtIds);
  const householdIds = [...new Set(rows.flatMap((r) => (r.household_id ? [r.household_id] : [])))];
  const childIds = [...new Set(rows.flatMap((r) => (r.child_id ? [r.child_id] : [])))];
  const candidates = (await q.reportsOfHouseholds(h.tx, householdIds, childIds)).map((c) => ({
    id: c.id,
    childId: c.child_id,
    householdId: c.household_id,
    receivedAt: c.received_at,
  }));
  const now = new Date();
  const items = rows.map((r): QueueItem & { raw: typeof r } => {
    const linked = linkedReports(
      { id: r.id, childId: r.child_id, householdId: r.household_id, receivedAt: r.received_at },
      candidates,
    );
    return {
      raw: r,
      id: r.id,
      child: reportChild(r),
      district: r.district_id && r.district_name ? { id: r.district_id, name: r.district_name } : null,
      source: r.source,
      sourceLabel: SOURCE_INFO[r.source].label,
      reporterKind: r.reporter_kind,
      acute: r.acute,
      receivedAt: copenhagenIso(r.received_at),
      screening: deadline(r.screening_due_at, now),
      receipt: r.receipt_due_at
        ? {
            ...deadline(r.receipt_due_at, now),
            sentAt: r.receipt_sent_at ? copenhagenIso(r.receipt_sent_at) : null,
          }
        : null,
      linked: {
        count: linked.reports.length,
        inLast12Months: linked.inWindow,
        flagged: linked.flagged,
        reports: linked.reports.map((l) => ({ ...l, receivedAt: copenhagenIso(l.receivedAt) })),
      },
    };
  });
  const toScreen = items
    .filter((i) => i.raw.status === 'received')
    .sort(
      (a, b) =>
        Number(b.acute) - Number(a.acute) ||
        a.raw.screening_due_at.getTime() - b.raw.screening_due_at.getTime(),
    );
  const receiptsDue = items
    .filter((i) => i.raw.receipt_due_at && !i.raw.receipt_sent_at)
    .sort((a, b) => (a.raw.receipt_due_at?.getTime() ?? 0) - (b.raw.receipt_due_at?.getTime() ?? 0));
  await h.audit({
    action: 'read',
    entityType: 'intake_queue',
    entityId: null,
    details: {
      reportIds: items.map((i) => i.id),
      childIds: [...new Set(items.flatMap((i) => (i.raw.child_id ? [i.raw.child_id] : [])))],
    },
  });
  const strip = ({ raw: _raw, ...item }: QueueItem & { raw: unknown }): QueueItem => item;
  return { toScreen: toScreen.map(strip), receiptsDue: receiptsDue.map(strip) };
}
