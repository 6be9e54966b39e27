import type { ChildRating, SignalSummary } from '../../core/api/detection-queue.ts';
import { todayInCopenhagen } from '../../core/calendar/zone.ts';
import { allowedActions, OUTCOME_LABELS, SIGNAL_STATUS_LABELS } from '../../core/detection/queue.ts';
import { SIGNAL_RULE_LABELS } from '../../core/detection/settings.ts';
import { WELLBEING_COLOR_LABELS } from '../../core/detection/wellbeing.ts';
import { ageOn } from '../../core/people.ts';
import type { RatingRow, SignalRow } from './signals.queries.ts';

/** Signal and rating rows as the API shows them. */

export function signalSummary(row: SignalRow, mayAct: boolean): SignalSummary {
  return {
    id: row.id,
    rule: row.rule,
    ruleLabel: SIGNAL_RULE_LABELS[row.rule],
    explanation: row.explanation,
    child: {
      id: row.child_id,
      firstName: row.first_name,
      lastName: row.last_name,
      birthDate: row.birth_date,
      age: ageOn(row.birth_date, todayInCopenhagen()),
      district: { id: row.district_id, name: row.district_name },
    },
    status: row.status,
    statusLabel: SIGNAL_STATUS_LABELS[row.status],
    raisedAt: row.raised_at.toISOString(),
    lastTriggeredAt: row.last_triggered_at.toISOString(),
    acknowledgedAt: row.acknowledged_at?.toISOString() ?? null,
    firstContactOn: row.first_contact_on,
    outcome: row.outcome,
    outcomeLabel: row.outcome ? OUTCOME_LABELS[row.outcome] : null,
    outcomeOn: row.outcome_on,
    offer: row.offer_id ? { id: row.offer_id, name: row.offer_name ?? '' } : null,
    concernCount: row.concern_count ?? 0,
    ratingCount: row.rating_count ?? 0,
    followed: Boolean(row.followed),
    allowedActions: mayAct ? allowedActions(row.status) : [],
  };
}

export function ratingView(r: RatingRow, readerId: string, showNotes: boolean): ChildRating {
  return {
    id: r.id,
    color: r.color,
    label: WELLBEING_COLOR_LABELS[r.color],
    ratedOn: r.rated_on,
    group: { id: r.group_id, name: r.group_name },
    note: showNotes || r.rater_id === readerId ? r.note : null,
    ratedBy: { id: r.rater_id, name: r.rater_name, title: r.rater_title },
  };
}
