import { copenhagenDate, danishDate, daysBetween } from './dates.ts';
import type { DetectionRules, SignalRule } from './settings.ts';
import type { WellbeingColor } from './wellbeing.ts';

/**
 * The signal rules: explicit, configurable conditions that bring together what several people
 * see about one child. A signal goes to the queue of the child's district's preventive worker.
 *
 * Evaluation is pure and event-driven: each new or changed concern or rating is a trigger, and
 * every rule that holds *at that trigger* (looking only at the history up to it) yields a
 * candidate with a key `rule:kind:id`. The same trigger always yields the same key, so the store
 * (one row per key) never raises the same rule twice for the same trigger, however often it is
 * evaluated; and history after a trigger never changes what that trigger yields.
 *
 *   several_professionals  concerns from at least N different professionals within D days
 *   red_after_yellow       a red rating when the child's previous rating was yellow or red
 *   low_level              a concern at level L or below
 *   level_drop             a fall of at least F levels from the child's previous concern within D days
 */

export interface ConcernEvent {
  id: string;
  authorId: string;
  level: number;
  at: Date;
}

export interface RatingEvent {
  id: string;
  color: WellbeingColor;
  at: Date;
}

export interface ChildHistory {
  concerns: readonly ConcernEvent[];
  ratings: readonly RatingEvent[];
}

export type TriggerKind = 'concern' | 'rating';
export interface Trigger {
  kind: TriggerKind;
  id: string;
}

export interface SignalCandidate {
  rule: SignalRule;
  triggerKey: string;
  trigger: Trigger;
  /** the concerns and ratings behind it, oldest first */
  concernIds: string[];
  ratingIds: string[];
  /** one Danish sentence: what happened, in the rule's terms */
  explanation: string;
}

export function triggerKey(rule: SignalRule, trigger: Trigger): string {
  return `${rule}:${trigger.kind}:${trigger.id}`;
}

/** Events in time order; equal times by id, so "before" is a strict total order. */
function before(a: { at: Date; id: string }, b: { at: Date; id: string }): boolean {
  const d = a.at.getTime() - b.at.getTime();
  return d < 0 || (d === 0 && a.id < b.id);
}

function byTime<T extends { at: Date; id: string }>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
}

function withinDays(earlier: Date, later: Date, days: number): boolean {
  return daysBetween(copenhagenDate(earlier), copenhagenDate(later)) <= days;
}

function concernRules(history: ChildHistory, rules: DetectionRules, c: ConcernEvent): SignalCandidate[] {
  const out: SignalCandidate[] = [];
  const trigger: Trigger = { kind: 'concern', id: c.id };
  const earlier = byTime(history.concerns).filter((e) => before(e, c));

  const sp = rules.several_professionals;
  if (sp.enabled) {
    const window = [...earlier.filter((e) => withinDays(e.at, c.at, sp.withinDays)), c];
    const authors = new Set(window.map((e) => e.authorId));
    if (authors.size >= sp.minProfessionals) {
      out.push({
        rule: 'several_professionals',
        triggerKey: triggerKey('several_professionals', trigger),
        trigger,
        concernIds: window.map((e) => e.id),
        ratingIds: [],
        explanation: `${window.length} bekymringer fra ${authors.size} forskellige fagpersoner inden for ${sp.withinDays} dage.`,
      });
    }
  }

  const low = rules.low_level;
  if (low.enabled && c.level <= low.maxLevel) {
    out.push({
      rule: 'low_level',
      triggerKey: triggerKey('low_level', trigger),
      trigger,
      concernIds: [c.id],
      ratingIds: [],
      explanation: `En bekymring på niveau ${c.level} (reglen: niveau ${low.maxLevel} eller derunder).`,
    });
  }

  const drop = rules.level_drop;
  const previous = earlier.at(-1);
  if (
    drop.enabled &&
    previous &&
    withinDays(previous.at, c.at, drop.withinDays) &&
    previous.level - c.level >= drop.minDrop
  ) {
    out.push({
      rule: 'level_drop',
      triggerKey: triggerKey('level_drop', trigger),
      trigger,
      concernIds: [previous.id, c.id],
      ratingIds: [],
      explanation:
        `Niveauet faldt fra ${previous.level} (${danishDate(copenhagenDate(previous.at))}) ` +
        `til ${c.level} (${danishDate(copenhagenDate(c.at))}).`,
    });
  }
  return out;
}

function ratingRules(history: ChildHistory, rules: DetectionRules, r: RatingEvent): SignalCandidate[] {
  if (!rules.red_after_yellow.enabled || r.color !== 'red') return [];
  const previous = byTime(history.ratings)
    .filter((e) => before(e, r))
    .at(-1);
  if (!previous || previous.color === 'green') return [];
  const trigger: Trigger = { kind: 'rating', id: r.id };
  const colour = previous.color === 'yellow' ? 'gul' : 'rød';
  return [
    {
      rule: 'red_after_yellow',
      triggerKey: triggerKey('red_after_yellow', trigger),
      trigger,
      concernIds: [],
      ratingIds: [previous.id, r.id],
      explanation:
        `Rød trivselsvurdering ${danishDate(copenhagenDate(r.at))} ` +
        `efter ${colour} ${danishDate(copenhagenDate(previous.at))}.`,
    },
  ];
}

/** The candidates the triggers yield; a trigger not found in the history yields nothing. */
export function evaluateSignals(
  history: ChildHistory,
  rules: DetectionRules,
  triggers: readonly Trigger[],
): SignalCandidate[] {
  const out: SignalCandidate[] = [];
  const seen = new Set<string>();
  for (const t of triggers) {
    const key = `${t.kind}:${t.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (t.kind === 'concern') {
      const c = history.concerns.find((e) => e.id === t.id);
      if (c) out.push(...concernRules(history, rules, c));
    } else {
      const r = history.ratings.find((e) => e.id === t.id);
      if (r) out.push(...ratingRules(history, rules, r));
    }
  }
  return out;
}
