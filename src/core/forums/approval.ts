/**
 * The leader's approval (bevilling) of a costly measure (issue #12 item 7): a measure whose monthly
 * cost is above the municipality's threshold for its step waits as proposed until a leader of the
 * district approves or rejects it. The monthly cost is the one footing of catalog/cost.ts
 * (`monthlyCost`): a course price spread over its months, so courses and monthly prices compare.
 */

export interface ApprovalThresholds {
  /** kroner a month, by step position; a step not named here uses `otherwise` */
  byStep: Readonly<Record<number, number>>;
  /** kroner a month for the other steps; null: they need no approval */
  otherwise: number | null;
}

/** No measure needs approval until the municipality sets its thresholds: the amounts are local. */
export const NO_APPROVAL_THRESHOLDS: ApprovalThresholds = Object.freeze({
  byStep: Object.freeze({}),
  otherwise: null,
});

export const APPROVAL_STATES = ['not_required', 'pending', 'approved', 'rejected'] as const;
export type ApprovalState = (typeof APPROVAL_STATES)[number];
export const APPROVAL_STATE_LABELS: Readonly<Record<ApprovalState, string>> = Object.freeze({
  not_required: 'Kræver ikke bevilling',
  pending: 'Afventer bevilling',
  approved: 'Bevilget',
  rejected: 'Ikke bevilget',
});

export const MAX_APPROVAL_REASON = 2000;

const kroner = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 });

/** A Danish sentence saying what is wrong with the thresholds, or null when they are valid. */
export function thresholdsProblem(t: ApprovalThresholds): string | null {
  const bad = (v: number) => !Number.isFinite(v) || v < 0;
  for (const [step, amount] of Object.entries(t.byStep)) {
    if (!Number.isInteger(Number(step)) || Number(step) < 1) return `Ugyldigt trin: ${step}`;
    if (bad(amount)) return `Beløbsgrænsen for trin ${step} skal være et beløb på 0 kr. eller mere.`;
  }
  if (t.otherwise !== null && bad(t.otherwise))
    return 'Den generelle beløbsgrænse skal være 0 kr. eller mere.';
  return null;
}

/** The threshold for a step (kroner a month), or null when measures on it need no approval. */
export function approvalThreshold(stepPosition: number, t: ApprovalThresholds): number | null {
  return t.byStep[stepPosition] ?? t.otherwise;
}

export interface ApprovalNeed {
  required: boolean;
  threshold: number | null;
  /** Danish, shown to the caseworker and the leader when required */
  reason: string | null;
}

/** Whether a measure needs a leader's approval: strictly above the step's threshold. */
export function leaderApproval(
  measure: { stepPosition: number; monthlyCost: number },
  t: ApprovalThresholds = NO_APPROVAL_THRESHOLDS,
): ApprovalNeed {
  const threshold = approvalThreshold(measure.stepPosition, t);
  if (threshold === null || !(measure.monthlyCost > threshold))
    return { required: false, threshold, reason: null };
  const reason =
    `Udgiften på ${kroner.format(measure.monthlyCost)} kr. om måneden er over grænsen på ` +
    `${kroner.format(threshold)} kr. for trin ${measure.stepPosition}: indsatsen kræver en leders bevilling.`;
  return { required: true, threshold, reason };
}

/** The state a new measure starts in. */
export function initialApprovalState(need: Pick<ApprovalNeed, 'required'>): ApprovalState {
  return need.required ? 'pending' : 'not_required';
}

export type ApprovalOutcome =
  | { ok: true; state: 'approved' | 'rejected'; reason: string | null }
  | { ok: false; message: string };

/**
 * A leader's answer to a pending measure. A rejection must give its reason (a decision that does
 * not grant what was asked is reasoned, forvaltningsloven § 22); an approval may.
 */
export function decideApproval(
  state: ApprovalState,
  answer: { approved: boolean; reason?: string | null },
): ApprovalOutcome {
  if (state !== 'pending') {
    return {
      ok: false,
      message: `Indsatsen venter ikke på bevilling (${APPROVAL_STATE_LABELS[state].toLowerCase()}).`,
    };
  }
  const reason = answer.reason?.trim().replace(/\s+/g, ' ') || null;
  if (!answer.approved && reason === null) {
    return { ok: false, message: 'Skriv begrundelsen for, at indsatsen ikke bevilges.' };
  }
  if (reason !== null && reason.length > MAX_APPROVAL_REASON) {
    return { ok: false, message: `Begrundelsen må højst være ${MAX_APPROVAL_REASON} tegn.` };
  }
  return { ok: true, state: answer.approved ? 'approved' : 'rejected', reason };
}
