import { daysBetween } from './dates.ts';

/**
 * The preventive worker's queue: each signal goes new → acknowledged → contacted → closed, and
 * closes with an outcome. Every step is dated, so the time from the first signal to the first
 * support (figure F3) can be computed. Re-doing what is already done is a no-op; doing something
 * that contradicts it (a second, different outcome) is a conflict.
 */

export const SIGNAL_STATUSES = ['new', 'acknowledged', 'contacted', 'closed'] as const;
export type SignalStatus = (typeof SIGNAL_STATUSES)[number];
export const SIGNAL_STATUS_LABELS: Record<SignalStatus, string> = {
  new: 'Ny',
  acknowledged: 'Set',
  contacted: 'Kontakt taget',
  closed: 'Afsluttet',
};

export const SIGNAL_ACTION_KINDS = ['acknowledge', 'contact', 'outcome'] as const;
export type SignalActionKind = (typeof SIGNAL_ACTION_KINDS)[number];
export const SIGNAL_ACTION_LABELS: Record<SignalActionKind, string> = {
  acknowledge: 'Set',
  contact: 'Kontakt',
  outcome: 'Afslutning',
};

export const OUTCOMES = ['universal', 'early_offer', 'report'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const OUTCOME_LABELS: Record<Outcome, string> = {
  universal: 'Håndteret i almenområdet',
  early_offer: 'Tidlig indsats fra tilbudsviften',
  report: 'Sendt videre som underretning',
};

/** The outcomes that are support to the child (F3 counts to the first of these). */
export const SUPPORT_OUTCOMES: readonly Outcome[] = ['universal', 'early_offer'];

/** An early offer must come from the catalog's early steps. */
export const EARLY_OFFER_MAX_STEP = 2;

export interface SignalState {
  status: SignalStatus;
  outcome: Outcome | null;
  offerId: string | null;
}

export type SignalAction =
  | { kind: 'acknowledge' }
  | { kind: 'contact'; date: string }
  | { kind: 'outcome'; outcome: Outcome; offerId: string | null; date: string };

export type ActionDecision =
  | { kind: 'apply'; status: SignalStatus }
  | { kind: 'no_op' }
  | { kind: 'conflict'; message: string };

export function allowedActions(status: SignalStatus): SignalActionKind[] {
  switch (status) {
    case 'new':
      return ['acknowledge', 'contact', 'outcome'];
    case 'acknowledged':
    case 'contacted':
      return ['contact', 'outcome'];
    case 'closed':
      return [];
  }
}

export function decideAction(state: SignalState, action: SignalAction): ActionDecision {
  if (action.kind === 'acknowledge') {
    return state.status === 'new' ? { kind: 'apply', status: 'acknowledged' } : { kind: 'no_op' };
  }
  if (state.status === 'closed') {
    if (
      action.kind === 'outcome' &&
      action.outcome === state.outcome &&
      (action.offerId ?? null) === state.offerId
    ) {
      return { kind: 'no_op' };
    }
    return { kind: 'conflict', message: 'Signalet er afsluttet og kan ikke ændres.' };
  }
  if (action.kind === 'contact') return { kind: 'apply', status: 'contacted' };
  return { kind: 'apply', status: 'closed' };
}

/** A step's date may not lie before the signal was raised, nor after today. */
export function actionDateProblem(date: string, raisedOn: string, today: string): string | null {
  if (daysBetween(today, date) > 0) return 'Datoen må ikke ligge efter i dag.';
  if (daysBetween(raisedOn, date) < 0) return 'Datoen må ikke ligge før signalet blev rejst.';
  return null;
}

export interface SignalDates {
  raisedOn: string;
  outcome: Outcome | null;
  outcomeOn: string | null;
}

export interface TimeToSupport {
  firstSignalOn: string | null;
  firstSupportOn: string | null;
  /** F3: days from the first signal to the first support; null while there is none */
  days: number | null;
}

/** Figure F3 for one child, from the dates of its signals. */
export function timeToFirstSupport(signals: readonly SignalDates[]): TimeToSupport {
  const raised = signals.map((s) => s.raisedOn).sort();
  const support = signals
    .filter((s) => s.outcome !== null && SUPPORT_OUTCOMES.includes(s.outcome) && s.outcomeOn !== null)
    .map((s) => s.outcomeOn as string)
    .sort();
  const firstSignalOn = raised[0] ?? null;
  const firstSupportOn = support[0] ?? null;
  return {
    firstSignalOn,
    firstSupportOn,
    days: firstSignalOn && firstSupportOn ? Math.max(0, daysBetween(firstSignalOn, firstSupportOn)) : null,
  };
}
