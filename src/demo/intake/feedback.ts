import { addWorkingDays, copenhagenDateOf, copenhagenInstant } from '../../core/calendar/index.ts';
import { feedbackText } from '../../core/intake/receipt.ts';
import type { Random } from '../random.ts';
import type { AppUserRow } from '../world/rows.ts';
import type { MeetingDecisionRow, ReporterFeedbackRow, ReportRow } from './rows.ts';

/**
 * Feedback to professional reporters once a report is decided: whether an assessment started
 * (the server tells "assessment" only for that decision; everything else is "none").
 */
export function reporterFeedback(input: {
  reports: ReportRow[];
  decisions: MeetingDecisionRow[];
  front: AppUserRow[];
  random: Random;
  ids: Random;
  cutoff: number;
  municipalityId: string;
  name: string;
}): ReporterFeedbackRow[] {
  const { reports, decisions, front, random, ids, cutoff, municipalityId, name } = input;
  const decisionOf = new Map(decisions.map((d) => [d.report_id, d]));
  const feedback: ReporterFeedbackRow[] = [];
  for (const r of reports) {
    if (r.reporter_kind !== 'professional' || r.status !== 'closed' || !r.closed_at) continue;
    if (!random.chance(0.9)) continue;
    const sentOn = addWorkingDays(copenhagenDateOf(new Date(r.closed_at)), random.int(1, 5));
    const sentAt = copenhagenInstant(sentOn, random.int(8, 15), random.int(0, 59), 0, 0);
    if (sentAt.getTime() >= cutoff) continue;
    const outcome = decisionOf.get(r.id)?.decision === 'assessment' ? 'assessment' : 'none';
    feedback.push({
      municipality_id: municipalityId,
      id: ids.uuid(),
      report_id: r.id,
      outcome,
      text: feedbackText({
        reporterName: r.reporter_name,
        organisation: r.reporter_organisation,
        receivedAt: new Date(r.received_at),
        reference: r.id.slice(0, 8).toUpperCase(),
        municipalityName: name,
        outcome,
      }),
      sent_at: sentAt.toISOString(),
      sent_by: random.pick(front).id,
    });
  }
  return feedback;
}
