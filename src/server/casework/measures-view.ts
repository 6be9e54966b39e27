import type { MeasureView } from '../../core/api/casework-measures.ts';
import type { PlacementReason } from '../../core/casework/placement-reasons.ts';
import { AppError } from '../../core/errors.ts';
import type { ActorHandle } from '../actor-db.ts';
import { type DecisionSummary, decisionSummaries } from '../forums/rules.ts';
import { measuresProgress } from './follow-ups-progress.ts';
import * as q from './measures.queries.ts';

/** A measure as the API shows it, with the forum decision the gate started it on. */

export function toMeasureView(
  row: q.MeasureRow,
  noProgressFlag: boolean,
  decision: DecisionSummary | undefined,
): MeasureView {
  return {
    id: row.id,
    caseId: row.case_id,
    version: row.version,
    offer: { id: row.offer_id, name: row.offer_name },
    step: {
      id: row.step_id,
      position: row.step_position,
      name: row.step_name ?? `Trin ${row.step_position}`,
    },
    track: row.track,
    startOn: row.start_on,
    plannedEndOn: row.planned_end_on,
    endedOn: row.ended_on,
    endReason: row.end_reason,
    legalBasis: row.legal_basis,
    provider: row.provider,
    monthlyCost: row.monthly_cost === null ? null : Number(row.monthly_cost),
    forumDecisionRef: row.forum_decision_ref,
    forumDecision: decision ?? null,
    emergencyDecisionId: row.emergency_decision_id,
    consent: row.consent,
    placementReasons: row.placement_reasons as PlacementReason[],
    followUpCadenceWeeks: row.follow_up_cadence_weeks,
    noProgressFlag,
  };
}

/** Measures as the API shows them (no access check: the caller went through openCase). */
export async function measureViews(h: ActorHandle, rows: readonly q.MeasureRow[]): Promise<MeasureView[]> {
  const [progress, decisions] = await Promise.all([
    measuresProgress(
      h.tx,
      rows.map((r) => r.id),
    ),
    decisionSummaries(
      h,
      rows.map((r) => r.forum_decision_id),
    ),
  ]);
  return rows.map((r) =>
    toMeasureView(
      r,
      progress.get(r.id)?.noProgressFlag ?? false,
      r.forum_decision_id ? decisions.get(r.forum_decision_id) : undefined,
    ),
  );
}

/** One measure as the API shows it (no access check: the caller went through openCase). */
export async function measureView(h: ActorHandle, id: string): Promise<MeasureView> {
  const row = await q.measureById(h.tx, id);
  if (!row) throw new AppError('not_found', 'Indsatsen findes ikke.');
  const [view] = await measureViews(h, [row]);
  return view as MeasureView;
}
