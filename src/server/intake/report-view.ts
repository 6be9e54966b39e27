import type { z } from 'zod';
import { reportReadGround } from '../../core/access/intake-policy.ts';
import type { ReportView } from '../../core/api/intake.ts';
import { copenhagenIso } from '../../core/calendar/zone.ts';
import { AppError } from '../../core/errors.ts';
import { linkedReports } from '../../core/intake/linked.ts';
import { SOURCE_INFO } from '../../core/intake/sources.ts';
import { isOnCallNow } from '../access/on-call.queries.ts';
import { type ActorHandle, DeniedError } from '../actor-db.ts';
import * as rq from './report-view.queries.ts';
import * as q from './reports.queries.ts';
import { deadline, reportChild } from './views.ts';

/**
 * One report as Front reads it while screening: its content and deadlines, and the child's
 * history — earlier reports (siblings' too), concerns, open signals and any open case — so the
 * screening is made knowing what is already known. Readers: who may read reports in the
 * report's district, or screen it (Front; on-call staff). The read is audited with the child.
 */
export async function readReport(h: ActorHandle, id: string): Promise<z.infer<typeof ReportView>> {
  const { tx, actor } = h;
  const report = await rq.reportToRead(tx, id);
  if (!report) throw new AppError('not_found', 'Underretningen findes ikke.');
  const inOwn = report.district_id !== null && actor.districtIds.includes(report.district_id);
  const ground = reportReadGround(actor.role, inOwn, await isOnCallNow(tx, actor.userId));
  if (!ground) {
    throw new DeniedError({
      action: 'read',
      entityType: 'report',
      entityId: id,
      details: { childId: report.child_id },
    });
  }
  const childId = report.child_id;
  const [related, concerns, signals, openCase] = childId
    ? await Promise.all([
        q.reportsOfHouseholds(tx, report.household_id ? [report.household_id] : [], [childId]),
        rq.recentConcerns(tx, childId),
        rq.openSignalCount(tx, childId),
        rq.openCaseOf(tx, childId),
      ])
    : [[], [], undefined, undefined];
  const others = await rq.reportSummaries(
    tx,
    related.map((r) => r.id),
  );
  const byId = new Map(others.map((o) => [o.id, o]));
  const linked = linkedReports(
    { id, childId, householdId: report.household_id, receivedAt: report.received_at },
    related.map((r) => ({
      id: r.id,
      childId: r.child_id,
      householdId: r.household_id,
      receivedAt: r.received_at,
    })),
  );
  const now = new Date();
  await h.audit({
    action: 'read',
    entityType: 'report',
    entityId: id,
    onCall: ground === 'on_call',
    details: { childId, history: linked.reports.map((r) => r.id) },
  });
  return {
    report: {
      id,
      child: reportChild(report),
      district:
        report.district_id && report.district_name
          ? { id: report.district_id, name: report.district_name }
          : null,
      source: report.source,
      sourceLabel: SOURCE_INFO[report.source].label,
      reporter: {
        kind: report.reporter_kind,
        name: report.reporter_name,
        organisation: report.reporter_organisation,
        email: report.reporter_email,
      },
      acute: report.acute,
      text: report.text,
      status: report.status,
      receivedAt: copenhagenIso(report.received_at),
      screening: {
        ...deadline(report.screening_due_at, now),
        screenedAt: report.screened_at ? copenhagenIso(report.screened_at) : null,
        decision: report.decision,
      },
      receipt: report.receipt_due_at
        ? {
            ...deadline(report.receipt_due_at, now),
            sentAt: report.receipt_sent_at ? copenhagenIso(report.receipt_sent_at) : null,
          }
        : null,
    },
    history: {
      reports: linked.reports.map((r) => {
        const o = byId.get(r.id);
        return {
          id: r.id,
          receivedAt: copenhagenIso(r.receivedAt),
          sourceLabel: o ? SOURCE_INFO[o.source].label : '',
          status: o?.status ?? 'received',
          sibling: r.sibling,
        };
      }),
      linkedFlagged: linked.flagged,
      concerns: concerns.map((c) => ({ id: c.id, level: c.level, createdAt: copenhagenIso(c.created_at) })),
      openSignals: Number(signals?.n ?? 0),
      openCase: openCase ? { id: openCase.id, openedAt: copenhagenIso(openCase.opened_at) } : null,
    },
  };
}
