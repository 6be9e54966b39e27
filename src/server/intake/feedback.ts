import { maySendReceipt } from '../../core/access/intake-policy.ts';
import { copenhagenIso } from '../../core/calendar/zone.ts';
import { AppError } from '../../core/errors.ts';
import { FEEDBACK_OUTCOME_LABELS, type FeedbackOutcome, feedbackText } from '../../core/intake/receipt.ts';
import { type ActorHandle, DeniedError } from '../actor-db.ts';
import * as fq from './feedback.queries.ts';
import * as q from './reports.queries.ts';

/**
 * Rule reporter-feedback (BL § 137, stk. 1): once a report is decided, Front tells the
 * professional reporter whether an assessment (or a measure) was started. The outcome is read
 * from the records, never typed in: a district meeting's assessment → `assessment`; any other
 * decision, or a report closed at screening → `none`. Preventive work in the district is early
 * help, not a measure under the act, so it is `none` (verify locally).
 */
export async function sendFeedback(h: ActorHandle, id: string) {
  const { tx, actor } = h;
  if (!maySendReceipt(actor.role))
    throw new DeniedError({ action: 'feedback', entityType: 'report', entityId: id });
  const report = await q.findReport(tx, id);
  if (!report) throw new AppError('not_found', 'Underretningen findes ikke.');
  if (report.reporter_kind !== 'professional') {
    throw new AppError('unprocessable', 'Kun en fagperson, der har underrettet, skal have tilbagemelding.');
  }
  if (report.status !== 'closed') {
    throw new AppError('conflict', 'Der er endnu ikke truffet beslutning om underretningen.');
  }
  const decision = await fq.decisionOfReport(tx, id);
  const outcome: FeedbackOutcome = decision?.decision === 'assessment' ? 'assessment' : 'none';
  const text = feedbackText({
    reporterName: report.reporter_name,
    organisation: report.reporter_organisation,
    receivedAt: report.received_at,
    reference: id.slice(0, 8).toUpperCase(),
    municipalityName: actor.municipalityName,
    outcome,
  });
  const row = await fq.insertFeedback(tx, {
    municipality_id: actor.municipalityId,
    report_id: id,
    outcome,
    text,
    sent_by: actor.userId,
  });
  if (!row) throw new AppError('conflict', 'Tilbagemeldingen er allerede sendt.');
  await h.audit({
    action: 'feedback',
    entityType: 'report',
    entityId: id,
    childId: report.child_id,
    details: { outcome },
  });
  return {
    feedback: {
      id: row.id,
      reportId: id,
      outcome,
      outcomeLabel: FEEDBACK_OUTCOME_LABELS[outcome],
      text,
      sentAt: copenhagenIso(row.sent_at),
    },
  };
}
