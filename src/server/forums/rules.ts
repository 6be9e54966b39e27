import {
  type ApprovalThresholds,
  DEFAULT_FORUM_SETTINGS,
  type ForumSettings,
  type GateResult,
  gateMeasure,
  type MeasureToStart,
  NO_APPROVAL_THRESHOLDS,
} from '../../core/forums/index.ts';
import type { ActorHandle } from '../actor-db.ts';
import * as q from './rules.queries.ts';

/**
 * The forums' rules as other areas read them (docs/forums.md "The gate"): the municipality's local
 * settings and thresholds, and the escalation gate on a measure about to start. Case work calls
 * `forumGate` from its measure start instead of reading the forums' tables itself.
 */

export interface ForumRules {
  settings: ForumSettings;
  thresholds: ApprovalThresholds;
}

/** The municipality's forum rules; the defaults of src/core/forums when it has saved none. */
export async function forumRules(h: ActorHandle): Promise<ForumRules> {
  const row = await q.forumSettingRow(h.tx);
  if (!row) return { settings: DEFAULT_FORUM_SETTINGS, thresholds: NO_APPROVAL_THRESHOLDS };
  return {
    settings: {
      specialisedSteps: row.specialised_steps,
      specialisedOfferSteps: row.specialised_offer_steps,
      institutionalSteps: row.institutional_steps,
      reviewIntervalMonths: row.review_interval_months,
      politicalReviewMonths: row.political_review_months,
      institutionalFlagMonths: row.institutional_flag_months,
      aftercareLeadMonths: row.aftercare_lead_months,
      decisionValidityMonths: row.decision_validity_months,
      emergencyDays: row.emergency_days,
    },
    thresholds: row.approval_thresholds,
  };
}

/**
 * The gate on a measure about to start: may it, on which decision, or the refusal naming the forum.
 * An emergency decision named by id counts only for its own child (the core checks the child; an id
 * of another child's decision reads as none).
 */
export async function forumGate(
  h: ActorHandle,
  m: MeasureToStart,
  options: { decisionId?: string | null; emergencyDecisionId?: string | null },
  settings?: ForumSettings,
): Promise<GateResult> {
  const s = settings ?? (await forumRules(h)).settings;
  const rows = await q.gateDecisionsOfChild(h.tx, m.childId);
  const decisions = rows.map((r) => ({
    id: r.id,
    forumKind: r.forum_kind,
    childId: r.child_id,
    outcome: r.outcome,
    stepPosition: r.step_position,
    decidedOn: r.decided_on,
  }));
  const e = options.emergencyDecisionId
    ? await q.emergencyDecisionById(h.tx, options.emergencyDecisionId)
    : null;
  const emergency =
    e && e.child_id === m.childId ? { id: e.id, childId: e.child_id, decidedOn: e.decided_on } : null;
  return gateMeasure(m, decisions, { decisionId: options.decisionId ?? null, emergency }, s);
}
