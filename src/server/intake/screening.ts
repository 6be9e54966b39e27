import { maySendReceipt, screenGround } from '../../core/access/intake-policy.ts';
import type { ScreeningRequest } from '../../core/api/intake.ts';
import { copenhagenIso } from '../../core/calendar/zone.ts';
import { AppError } from '../../core/errors.ts';
import { receiptText } from '../../core/intake/receipt.ts';
import { isOnCallNow } from '../access/on-call.queries.ts';
import { type ActorHandle, DeniedError } from '../actor-db.ts';
import * as q from './reports.queries.ts';
import * as sq from './screening.queries.ts';

/** Screening a report (BL § 136, within 24 hours) and sending the receipt to a professional reporter. */

const NOT_FOUND = 'Underretningen findes ikke.';

/** Decisions that end the report's journey at screening; the others go on to the district meeting. */
const CLOSING = new Set(['existing_case', 'no_action']);

export async function screenReport(h: ActorHandle, id: string, r: ScreeningRequest) {
  const { tx, actor } = h;
  const attempt = { action: 'screen', entityType: 'report', entityId: id };
  const ground = screenGround(actor.role, await isOnCallNow(tx, actor.userId));
  if (!ground) throw new DeniedError(attempt);
  const report = await q.findReport(tx, id);
  if (!report) throw new AppError('not_found', NOT_FOUND);
  if (report.status !== 'received') throw new AppError('conflict', 'Underretningen er allerede screenet.');
  if (r.decision === 'urgent_action' && !r.urgentMeasuresNeeded) {
    throw new AppError(
      'invalid_input',
      'Akut handling forudsætter, at der er behov for akutte foranstaltninger.',
    );
  }
  if (r.decision === 'no_action' && !r.notes) {
    throw new AppError('invalid_input', 'Begrund, hvorfor underretningen ikke giver anledning til handling.');
  }
  const row = await sq.insertScreening(tx, {
    municipality_id: actor.municipalityId,
    report_id: id,
    health_or_development_in_danger: r.healthOrDevelopmentInDanger,
    urgent_measures_needed: r.urgentMeasuresNeeded,
    decision: r.decision,
    notes: r.notes ?? null,
    screened_by: actor.userId,
  });
  if (!row) throw new AppError('conflict', 'Underretningen er allerede screenet.');
  const closing = CLOSING.has(r.decision);
  await q.setReportStatus(
    tx,
    id,
    closing ? { status: 'closed', closed_at: row.screened_at } : { status: 'screened' },
  );
  const onTime = row.screened_at.getTime() <= report.screening_due_at.getTime();
  await h.audit({
    action: 'screen',
    entityType: 'report',
    entityId: id,
    onCall: ground === 'on_call',
    details: { childId: report.child_id, decision: r.decision, onTime },
  });
  return {
    screening: {
      id: row.id,
      reportId: id,
      healthOrDevelopmentInDanger: row.health_or_development_in_danger,
      urgentMeasuresNeeded: row.urgent_measures_needed,
      decision: row.decision,
      notes: row.notes,
      screenedAt: copenhagenIso(row.screened_at),
      onTime,
    },
  };
}

export async function sendReceipt(
  h: ActorHandle,
  id: string,
  channel: 'email' | 'digital_post' | 'letter' | 'in_app',
) {
  const { tx, actor } = h;
  if (!maySendReceipt(actor.role))
    throw new DeniedError({ action: 'receipt', entityType: 'report', entityId: id });
  const report = await q.findReport(tx, id);
  if (!report) throw new AppError('not_found', NOT_FOUND);
  if (!report.receipt_due_at) {
    throw new AppError('unprocessable', 'Kun en fagperson, der har underrettet, skal have kvittering.');
  }
  const text = receiptText({
    reporterName: report.reporter_name,
    organisation: report.reporter_organisation,
    receivedAt: report.received_at,
    reference: id.slice(0, 8).toUpperCase(),
    municipalityName: actor.municipalityName,
  });
  const row = await sq.insertReceipt(tx, {
    municipality_id: actor.municipalityId,
    report_id: id,
    text,
    channel,
    sent_by: actor.userId,
  });
  if (!row) throw new AppError('conflict', 'Kvitteringen er allerede sendt.');
  const onTime = row.sent_at.getTime() <= report.receipt_due_at.getTime();
  await h.audit({
    action: 'receipt',
    entityType: 'report',
    entityId: id,
    childId: report.child_id,
    details: { channel, onTime },
  });
  return {
    receipt: { id: row.id, reportId: id, text, channel, sentAt: copenhagenIso(row.sent_at), onTime },
  };
}
