import type { CaseForumDecisionView, EmergencyDecisionView } from '../../core/api/casework-gate.ts';
import { danishDate } from '../../core/detection/dates.ts';
import {
  AGENDA_RULE_LABELS,
  type ApprovalThresholds,
  DECISION_OUTCOME_LABELS,
  DEFAULT_FORUM_SETTINGS,
  FORUM_KIND_LABELS,
  type ForumKind,
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

/** A measure's gate decision as case work shows it. */
export interface DecisionSummary {
  id: string;
  forumKind: ForumKind;
  forumName: string;
  decidedOn: string;
}

/** The decisions by id with their forum's name (no access check: the caller opened the case). */
export async function decisionSummaries(
  h: ActorHandle,
  ids: readonly (string | null)[],
): Promise<Map<string, DecisionSummary>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await q.decisionsWithForum(h.tx, wanted);
  return new Map(
    rows.map((r) => [
      r.id,
      { id: r.id, forumKind: r.forum_kind, forumName: r.forum_name, decidedOn: r.decided_on },
    ]),
  );
}

/** The words a ladder move and the journal name a gate's basis by. */
export function basisInWords(result: GateResult, decision: DecisionSummary | undefined): string | null {
  if (!result.allowed || result.basis === 'not_gated') return null;
  if (result.basis === 'decision') {
    const forum = decision?.forumName ?? FORUM_KIND_LABELS[result.forumKind];
    return decision ? `${forum}, afgørelse af ${danishDate(decision.decidedOn)}` : forum;
  }
  return (
    `Akutafgørelse; skal behandles i ${FORUM_KIND_LABELS.placement_committee} ` +
    `senest ${danishDate(result.reachForumBy)}`
  );
}

/** The case's forum decisions, newest first (no access check: the caller opened the case). */
export async function caseForumDecisions(h: ActorHandle, caseId: string): Promise<CaseForumDecisionView[]> {
  const rows = await q.caseDecisions(h.tx, caseId);
  return rows.map((r) => ({
    id: r.id,
    meetingId: r.meeting_id,
    forumKind: r.forum_kind,
    forumName: r.forum_name,
    rule: r.rule,
    ruleLabel: AGENDA_RULE_LABELS[r.rule],
    outcome: r.outcome,
    outcomeLabel: DECISION_OUTCOME_LABELS[r.outcome],
    stepPosition: r.step_position,
    offer: r.offer_id ? { id: r.offer_id, name: r.offer_name ?? '' } : null,
    placement: r.placement,
    withoutConsent: r.without_consent,
    validUntil: r.valid_until,
    decidedOn: r.decided_on,
    reasons: r.reasons,
  }));
}

/** The case's emergency decisions, newest first (no access check: the caller opened the case). */
export async function caseEmergencyDecisions(
  h: ActorHandle,
  caseId: string,
): Promise<EmergencyDecisionView[]> {
  const rows = await q.caseEmergencies(h.tx, caseId);
  return rows.map(emergencyView);
}

export function emergencyView(
  r: Awaited<ReturnType<typeof q.caseEmergencies>>[number],
): EmergencyDecisionView {
  return {
    id: r.id,
    caseId: r.case_id,
    childId: r.child_id,
    decidedOn: r.decided_on,
    reachForumBy: r.reach_forum_by,
    reason: r.reason,
    decidedBy: { id: r.decided_by, name: r.decided_by_name },
  };
}

/** Emergency placements of the districts (null: all) still waiting for the placement committee. */
export function unansweredEmergencies(h: ActorHandle, districtIds: readonly string[] | null) {
  return q.unansweredEmergencies(h.tx, districtIds);
}
