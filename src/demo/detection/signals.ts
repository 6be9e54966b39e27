import { copenhagenDate } from '../../core/detection/dates.ts';
import { EARLY_OFFER_MAX_STEP, type Outcome, type SignalActionKind } from '../../core/detection/queue.ts';
import type { DetectionRules, SignalRule } from '../../core/detection/settings.ts';
import { type ChildHistory, evaluateSignals, type Trigger } from '../../core/detection/signal-rules.ts';
import type { DemoOfferRow } from '../catalog/rows.ts';
import type { ChildRow } from '../world/rows.ts';
import { ageOnDay, DAY_MS, type DetectionWorld, dayOf, iso, momentOn, weekday } from './lookups.ts';
import type {
  ConcernRow,
  SignalActionRow,
  SignalConcernRow,
  SignalRatingRow,
  SignalRow,
  SignalTriggerRow,
  WellbeingRatingRow,
  WellbeingRoundRow,
} from './rows.ts';
import { ACKNOWLEDGE_NOTES, CONTACT_NOTES, OUTCOME_NOTES } from './texts.ts';

/**
 * The signals of a year, raised by the real rules (core/detection/signal-rules.ts) over the
 * generated concerns and ratings, replayed child by child in time order as the server would
 * have met them (server/detection/raise.ts): each trigger is evaluated over the history up to it;
 * a candidate whose rule has an open signal for the child joins it, otherwise it raises a new
 * one. Each new signal gets the preventive worker's steps planned (acknowledge → contact →
 * outcome, days apart), and a step takes effect when its moment comes before the next trigger
 * — so whether a later trigger joins or opens anew depends on what was closed by then, as live.
 * Steps that fall on or after today are not taken: those signals are still in the queue.
 * A step locks the signal's concerns and shows them as being handled; an outcome closes those
 * no other open signal holds (signals.queries.ts, updateConcernsOfSignal).
 */

export interface SignalData {
  signals: SignalRow[];
  triggers: SignalTriggerRow[];
  signalConcerns: SignalConcernRow[];
  signalRatings: SignalRatingRow[];
  actions: SignalActionRow[];
}

interface Step {
  kind: SignalActionKind;
  at: number;
  outcome: Outcome | null;
  offerId: string | null;
  note: string | null;
}

interface Sim {
  row: SignalRow;
  concernIds: Set<string>;
  ratingIds: Set<string>;
  actorId: string;
  plan: Step[];
  next: number;
}

interface Event {
  trigger: Trigger;
  at: number;
  actorId: string;
}

/** A step `days` after `after`, on a working day, never before it. */
function stepAfter(w: DetectionWorld, after: number, days: number): number {
  let day = dayOf(after) + days;
  if (weekday(day) === 6) day += 2;
  else if (weekday(day) === 0) day += 1;
  const at = momentOn(day, w.random);
  return at > after ? at : after + w.random.int(5, 90) * 60_000;
}

/** Low levels go on as reports more often; most signals are handled where the child is. */
function pickOutcome(w: DetectionWorld, lowest: number | undefined): Outcome {
  if (lowest !== undefined && lowest <= 2)
    return w.random.weighted<Outcome>([
      ['report', 0.7],
      ['early_offer', 0.15],
      ['universal', 0.15],
    ]);
  if (lowest !== undefined && lowest <= 4)
    return w.random.weighted<Outcome>([
      ['report', 0.1],
      ['early_offer', 0.4],
      ['universal', 0.5],
    ]);
  return w.random.weighted<Outcome>([
    ['universal', 0.65],
    ['early_offer', 0.28],
    ['report', 0.07],
  ]);
}

function plan(
  w: DetectionWorld,
  raisedAt: number,
  outcome: Outcome,
  offerFor: (day: number) => string | null,
): Step[] {
  const note = (odds: number, notes: readonly string[]) =>
    w.random.chance(odds) ? w.random.pick(notes) : null;
  const steps: Step[] = [];
  let ackDays = w.random.weighted([
    [0, 0.15],
    [1, 0.25],
    [2, 0.2],
    [3, 0.15],
    [5, 0.1],
    [8, 0.08],
    [13, 0.07],
  ]);
  // A queue always holds some signals nobody has opened yet: half of those of the last two weeks.
  const sinceRaised = w.today - dayOf(raisedAt);
  if (sinceRaised <= 14 && w.random.chance(0.5)) ackDays = sinceRaised + w.random.int(0, 5);
  let at = stepAfter(w, raisedAt, ackDays);
  steps.push({ kind: 'acknowledge', at, outcome: null, offerId: null, note: note(0.15, ACKNOWLEDGE_NOTES) });
  const report = outcome === 'report';
  if (w.random.chance(report ? 0.6 : 0.88)) {
    at = stepAfter(w, at, report ? w.random.int(0, 2) : w.random.int(1, 14));
    steps.push({ kind: 'contact', at, outcome: null, offerId: null, note: note(0.7, CONTACT_NOTES) });
  }
  at = stepAfter(w, at, report ? w.random.int(0, 3) : w.random.int(7, 50));
  const offerId = outcome === 'early_offer' ? offerFor(dayOf(at)) : null;
  // Without an early offer that fits, the preventive worker handles it in the universal setting.
  const final: Outcome = outcome === 'early_offer' && !offerId ? 'universal' : outcome;
  steps.push({ kind: 'outcome', at, outcome: final, offerId, note: note(0.6, OUTCOME_NOTES[final]) });
  return steps;
}

export function generateSignals(
  w: DetectionWorld,
  rules: DetectionRules,
  input: {
    concerns: ConcernRow[];
    rounds: WellbeingRoundRow[];
    ratings: WellbeingRatingRow[];
    offers: DemoOfferRow[];
  },
): SignalData {
  const out: SignalData = { signals: [], triggers: [], signalConcerns: [], signalRatings: [], actions: [] };
  const m = w.municipalityId;
  const raterOf = new Map(input.rounds.map((r) => [r.id, r.rated_by]));
  const concernById = new Map(input.concerns.map((c) => [c.id, c]));
  const concernsOf = new Map<string, ConcernRow[]>();
  for (const c of input.concerns) concernsOf.set(c.child_id, [...(concernsOf.get(c.child_id) ?? []), c]);
  const ratingsOf = new Map<string, WellbeingRatingRow[]>();
  for (const r of input.ratings) {
    const list = ratingsOf.get(r.child_id);
    if (list) list.push(r);
    else ratingsOf.set(r.child_id, [r]);
  }
  const early = input.offers.filter((o) => o.step_position <= EARLY_OFFER_MAX_STEP && o.status === 'active');
  const todayMs = w.today * DAY_MS;

  for (const child of w.children) {
    const concerns = concernsOf.get(child.id) ?? [];
    const ratings = ratingsOf.get(child.id) ?? [];
    const events: Event[] = [
      ...concerns.map((c) => ({
        trigger: { kind: 'concern' as const, id: c.id },
        at: Date.parse(c.created_at),
        actorId: c.author_id,
      })),
      // Only a red rating can raise a signal (wellbeing.ts sends no other as a trigger).
      ...ratings
        .filter((r) => r.color === 'red')
        .map((r) => ({
          trigger: { kind: 'rating' as const, id: r.id },
          at: Date.parse(r.rated_at),
          actorId: raterOf.get(r.round_id) as string,
        })),
    ];
    if (events.length === 0) continue;
    events.sort((a, b) => a.at - b.at || (a.trigger.id < b.trigger.id ? -1 : 1));
    const history: ChildHistory = {
      concerns: concerns.map((c) => ({
        id: c.id,
        authorId: c.author_id,
        level: c.level,
        at: new Date(c.created_at),
      })),
      ratings: ratings.map((r) => ({ id: r.id, color: r.color, at: new Date(r.rated_at) })),
    };
    const sims: Sim[] = [];
    const open = new Map<SignalRule, Sim>();

    const takeStep = (sim: Sim, step: Step) => {
      const date = copenhagenDate(new Date(step.at));
      out.actions.push({
        municipality_id: m,
        id: w.ids.uuid(),
        signal_id: sim.row.id,
        kind: step.kind,
        actor_id: sim.actorId,
        at: iso(step.at),
        on_date: date,
        note: step.note,
        outcome: step.outcome,
        offer_id: step.offerId,
      });
      const row = sim.row;
      row.acknowledged_at ??= iso(step.at);
      if (step.kind === 'acknowledge') row.status = 'acknowledged';
      if (step.kind === 'contact') {
        row.status = 'contacted';
        row.first_contact_on =
          row.first_contact_on && row.first_contact_on < date ? row.first_contact_on : date;
      }
      if (step.kind === 'outcome') {
        Object.assign(row, {
          status: 'closed',
          outcome: step.outcome,
          outcome_on: date,
          offer_id: step.offerId,
          closed_at: iso(step.at),
        });
        open.delete(row.rule);
      }
      for (const id of sim.concernIds) {
        const c = concernById.get(id) as ConcernRow;
        c.locked_at ??= iso(step.at);
        if (c.status === 'received') c.status = 'in_progress';
        const heldElsewhere = sims.some(
          (s) => s !== sim && s.row.status !== 'closed' && s.concernIds.has(id),
        );
        if (step.kind === 'outcome' && c.status !== 'closed' && !heldElsewhere) {
          c.status = 'closed';
          c.closed_at = iso(step.at);
        }
      }
    };
    /** Takes every planned step that happened before `until`, earliest first. */
    const advanceTo = (until: number) => {
      for (;;) {
        let first: Sim | undefined;
        for (const s of sims) {
          const step = s.plan[s.next];
          if (step && step.at < until && (!first || step.at < (first.plan[first.next] as Step).at)) first = s;
        }
        if (!first) return;
        takeStep(first, first.plan[first.next++] as Step);
      }
    };

    for (const event of events) {
      advanceTo(event.at);
      for (const c of evaluateSignals(history, rules, [event.trigger])) {
        let sim = open.get(c.rule);
        if (sim) {
          sim.row.last_triggered_at = iso(event.at);
          // Concerns joining a signal someone already works on are being handled (raise.ts).
          if (sim.row.status !== 'new') {
            for (const id of c.concernIds) {
              const concern = concernById.get(id) as ConcernRow;
              if (concern.status === 'received') concern.status = 'in_progress';
            }
          }
        } else {
          sim = raise(w, child, event, c.rule, c.explanation, c.concernIds, concernById, early);
          sims.push(sim);
          open.set(c.rule, sim);
          out.signals.push(sim.row);
        }
        for (const id of c.concernIds) sim.concernIds.add(id);
        for (const id of c.ratingIds) sim.ratingIds.add(id);
        out.triggers.push({
          municipality_id: m,
          trigger_key: c.triggerKey,
          signal_id: sim.row.id,
          explanation: c.explanation,
          created_at: iso(event.at),
        });
      }
    }
    advanceTo(todayMs);
    for (const s of sims) {
      for (const id of s.concernIds)
        out.signalConcerns.push({ municipality_id: m, signal_id: s.row.id, concern_id: id });
      for (const id of s.ratingIds)
        out.signalRatings.push({ municipality_id: m, signal_id: s.row.id, rating_id: id });
    }
  }
  return out;
}

function raise(
  w: DetectionWorld,
  child: ChildRow,
  event: Event,
  rule: SignalRule,
  explanation: string,
  concernIds: readonly string[],
  concernById: ReadonlyMap<string, ConcernRow>,
  early: readonly DemoOfferRow[],
): Sim {
  const preventive = w.preventiveByDistrict.get(child.district_id) ?? [];
  if (preventive.length === 0) throw new Error(`No preventive worker in the district of child ${child.id}`);
  const levels = concernIds.map((id) => concernById.get(id)?.level ?? 10);
  const lowest = levels.length > 0 ? Math.min(...levels) : undefined;
  const offerFor = (day: number) => {
    const age = ageOnDay(child, day);
    const fits = early.filter((o) => age >= o.age_min && age <= o.age_max);
    return fits.length > 0 ? w.random.pick(fits).id : null;
  };
  const at = iso(event.at);
  return {
    row: {
      municipality_id: w.municipalityId,
      id: w.ids.uuid(),
      child_id: child.id,
      rule,
      explanation,
      status: 'new',
      raised_at: at,
      raised_by: event.actorId,
      last_triggered_at: at,
      acknowledged_at: null,
      first_contact_on: null,
      outcome: null,
      outcome_on: null,
      offer_id: null,
      closed_at: null,
    },
    concernIds: new Set(),
    ratingIds: new Set(),
    actorId: w.random.pick(preventive).id,
    plan: plan(w, event.at, pickOutcome(w, lowest), offerFor),
    next: 0,
  };
}
