import type { CalendarDate } from '../calendar/zone.ts';

export { aftercareDueOn };

import { aftercareDueOn } from '../casework/deadlines.ts';
import { addCalendarMonths, birthdayAt } from '../casework/months.ts';
import { danishDate } from '../detection/dates.ts';
import { type ForumDecision, settles } from './decisions.ts';
import { FORUM_KIND_LABELS, type ForumKind, isPerDistrict } from './kinds.ts';
import {
  DEFAULT_FORUM_SETTINGS,
  type ForumSettings,
  isInstitutional,
  isSpecialised,
  type StepRef,
} from './settings.ts';

/**
 * The agendas built by rules (issue #12 item 3, (a)–(h)): from plain rows the store reads, which
 * items each forum must take at a meeting, and why. Every item says in Danish why it is there and
 * when it is due; a forum's agenda is the items of its kind (and, for the council, its district).
 *
 * A meeting on `meetingOn` takes what is due by `coversUntil` (default the meeting day; the caller
 * passes the day before the next meeting, so nothing falls due between two meetings unseen) and
 * was not dealt with before the meeting: a decision made at the meeting itself leaves the item on
 * that meeting's agenda, so an agenda built again for a closed meeting is the same. A postponed
 * item is not dealt with and comes back.
 */

export const AGENDA_RULES = [
  'specialised_proposal',
  'specialised_review',
  'placement_ground',
  'aftercare_decision',
  'school_placement',
  'placement_without_consent',
  'political_review',
  'long_institutional_stay',
] as const;
export type AgendaRule = (typeof AGENDA_RULES)[number];

export const AGENDA_RULE_LABELS: Readonly<Record<AgendaRule, string>> = Object.freeze({
  specialised_proposal: 'Indstilling til specialiseret tilbud',
  specialised_review: 'Gennemgang af specialiseret tilbud',
  placement_ground: 'Grundlag for anbringelse',
  aftercare_decision: 'Afgørelse om efterværn',
  school_placement: 'Skoletilbud under anbringelse',
  placement_without_consent: 'Anbringelse uden samtykke',
  political_review: 'Politisk gennemgang af anbringelse',
  long_institutional_stay: 'Institutionsanbringelse over 12 måneder',
});

export interface AgendaItem {
  forumKind: ForumKind;
  /** set for the per-district forums (the council) */
  districtId?: string;
  caseId: string;
  childId: string;
  rule: AgendaRule;
  /** what the item is about, so that storing it twice can be recognised */
  source: { kind: 'proposal' | 'decision' | 'child'; id: string };
  /** Danish: why the item is on the agenda */
  reason: string;
  dueOn: CalendarDate;
}

export interface AgendaWindow {
  meetingOn: CalendarDate;
  /** the last day the meeting takes due items for; default `meetingOn` */
  coversUntil?: CalendarDate;
}

/** A proposal (indstilling) of a measure or placement, rule (a). */
export interface ProposalRow extends StepRef {
  id: string;
  caseId: string;
  childId: string;
  districtId: string | null;
  placement: boolean;
  proposedOn: CalendarDate;
}

/** A child whose highest running measure is specialised, rule (b). */
export interface SpecialisedChildRow extends StepRef {
  caseId: string;
  childId: string;
  districtId: string | null;
  /** first day of the uninterrupted stay in specialised offers */
  since: CalendarDate;
  /** the latest council review before the meeting; null when never reviewed */
  lastReviewOn: CalendarDate | null;
}

/** A child placed on the meeting day, rules (d), (g), (h). */
export interface PlacedChildRow {
  caseId: string;
  childId: string;
  districtId: string | null;
  birthDate: CalendarDate;
  /** first day of the uninterrupted placement (casework's `placementStartOn`) */
  placedSince: CalendarDate;
  /** the current placement step and since when the child has been on it */
  stepPosition: number;
  stepSince: CalendarDate;
  /** the latest political review before the meeting; null when never reviewed */
  lastPoliticalReviewOn: CalendarDate | null;
  /** when the decision on support after 18 was made; null when not yet */
  aftercareDecidedOn: CalendarDate | null;
}

export interface AgendaFacts {
  proposals: readonly ProposalRow[];
  /** every forum decision of the children concerned (the rules read their own and later ones) */
  decisions: readonly ForumDecision[];
  specialisedChildren: readonly SpecialisedChildRow[];
  placedChildren: readonly PlacedChildRow[];
}

interface Subject {
  caseId: string;
  childId: string;
  districtId: string | null;
}

function item(
  forumKind: ForumKind,
  subject: Subject,
  rule: AgendaRule,
  source: AgendaItem['source'],
  reason: string,
  dueOn: CalendarDate,
): AgendaItem {
  const district =
    isPerDistrict(forumKind) && subject.districtId !== null ? { districtId: subject.districtId } : {};
  return {
    forumKind,
    ...district,
    caseId: subject.caseId,
    childId: subject.childId,
    rule,
    source,
    reason,
    dueOn,
  };
}

const coversUntil = (w: AgendaWindow) => w.coversUntil ?? w.meetingOn;

/**
 * The settling decisions made before the meeting, grouped by forum and `key` (a proposal, a child):
 * one pass over the decisions, so an agenda over thousands of them stays linear.
 */
function settledBefore(
  decisions: readonly ForumDecision[],
  w: AgendaWindow,
  key: (d: ForumDecision) => string | null,
): Map<string, ForumDecision[]> {
  const out = new Map<string, ForumDecision[]>();
  for (const d of decisions) {
    const k = key(d);
    if (k === null || d.decidedOn >= w.meetingOn || !settles(d)) continue;
    const group = out.get(`${d.forumKind}\u0000${k}`);
    if (group) group.push(d);
    else out.set(`${d.forumKind}\u0000${k}`, [d]);
  }
  return out;
}

const settledOf = (index: Map<string, ForumDecision[]>, forumKind: ForumKind, key: string) =>
  index.get(`${forumKind}\u0000${key}`) ?? [];

/**
 * (a) Every proposal for a specialised step goes to the council of the case's district. A placement
 * proposal on a step the municipality has not marked specialised still needs a forum: it goes
 * straight to the placement committee (c). Any other proposal needs no forum.
 */
export function proposalItems(facts: AgendaFacts, w: AgendaWindow, s = DEFAULT_FORUM_SETTINGS): AgendaItem[] {
  const out: AgendaItem[] = [];
  const settled = settledBefore(facts.decisions, w, (d) => d.proposalId);
  for (const p of facts.proposals) {
    if (p.proposedOn > coversUntil(w)) continue;
    const specialised = isSpecialised(p, s);
    if (!specialised && !p.placement) continue;
    const forum: ForumKind = specialised ? 'creative_council' : 'placement_committee';
    if (settledOf(settled, forum, p.id).length > 0) continue;
    const what = p.placement
      ? `anbringelse (trin ${p.stepPosition})`
      : `et specialiseret tilbud på trin ${p.stepPosition}`;
    const reason = specialised
      ? `Indstillet ${danishDate(p.proposedOn)} til ${what}: rådet afsøger alternativer tættere på hverdagslivet.`
      : `Indstillet ${danishDate(p.proposedOn)} til ${what}: er der grundlag for anbringelse?`;
    const rule: AgendaRule = specialised ? 'specialised_proposal' : 'placement_ground';
    out.push(item(forum, p, rule, { kind: 'proposal', id: p.id }, reason, p.proposedOn));
  }
  return out;
}

/** (b) A child in a specialised offer comes back to the council every `reviewIntervalMonths`. */
export function reviewItems(facts: AgendaFacts, w: AgendaWindow, s = DEFAULT_FORUM_SETTINGS): AgendaItem[] {
  const out: AgendaItem[] = [];
  for (const c of facts.specialisedChildren) {
    if (!isSpecialised(c, s)) continue;
    const dueOn = addCalendarMonths(c.lastReviewOn ?? c.since, s.reviewIntervalMonths);
    if (dueOn > coversUntil(w)) continue;
    const last =
      c.lastReviewOn === null
        ? 'aldrig gennemgået i rådet'
        : `sidst gennemgået ${danishDate(c.lastReviewOn)}`;
    const reason =
      `I specialiseret tilbud (trin ${c.stepPosition}) siden ${danishDate(c.since)}, ${last}. ` +
      'Hvad skal der til for at træde et trin ned?';
    out.push(
      item('creative_council', c, 'specialised_review', { kind: 'child', id: c.childId }, reason, dueOn),
    );
  }
  return out;
}

/**
 * The referrals from one forum's decisions to another's agenda: (c) the council found home-based
 * measures not enough (it approved a placement step) → placement committee; (e) the placement
 * committee approved a placement → school visitation committee; (f) it approved one without
 * consent → children's committee. Dealt with by the target forum's decision on the child made on
 * or after the referring decision.
 */
const REFERRALS: readonly {
  rule: AgendaRule;
  from: ForumKind;
  to: ForumKind;
  applies: (d: ForumDecision) => boolean;
  reason: (d: ForumDecision) => string;
}[] = [
  {
    rule: 'placement_ground',
    from: 'creative_council',
    to: 'placement_committee',
    applies: (d) => d.placement,
    reason: (d) =>
      `${FORUM_KIND_LABELS.creative_council} vurderede ${danishDate(d.decidedOn)}, at hjemmebaserede indsatser ` +
      'ikke er tilstrækkelige: er der grundlag for anbringelse?',
  },
  {
    rule: 'school_placement',
    from: 'placement_committee',
    to: 'school_visitation_committee',
    applies: (d) => d.placement,
    reason: (d) =>
      `Anbringelse besluttet ${danishDate(d.decidedOn)}: skoletilbud under anbringelsen ` +
      '(almindelig skole, specialklasse eller intern skole).',
  },
  {
    rule: 'placement_without_consent',
    from: 'placement_committee',
    to: 'children_committee',
    applies: (d) => d.placement && d.withoutConsent,
    reason: (d) =>
      `Anbringelse uden samtykke, grundlag fundet af ${FORUM_KIND_LABELS.placement_committee} ` +
      `${danishDate(d.decidedOn)}: afgøres af ${FORUM_KIND_LABELS.children_committee} (barnets lov § 47).`,
  },
];

export function referralItems(facts: AgendaFacts, w: AgendaWindow): AgendaItem[] {
  const out: AgendaItem[] = [];
  const settled = settledBefore(facts.decisions, w, (d) => d.childId);
  for (const d of facts.decisions) {
    if (d.outcome !== 'approved' || d.decidedOn > coversUntil(w)) continue;
    for (const r of REFERRALS) {
      if (d.forumKind !== r.from || !r.applies(d)) continue;
      const handled = settledOf(settled, r.to, d.childId).some((t) => t.decidedOn >= d.decidedOn);
      if (!handled) out.push(item(r.to, d, r.rule, { kind: 'decision', id: d.id }, r.reason(d), d.decidedOn));
    }
  }
  return out;
}

/** Whether a placement on this step has lasted past the flag's months on `on`: rule (h), and supervision. */
export function isLongInstitutionalStay(
  row: Pick<PlacedChildRow, 'stepPosition' | 'stepSince'>,
  on: CalendarDate,
  s: ForumSettings = DEFAULT_FORUM_SETTINGS,
): boolean {
  return (
    isInstitutional(row.stepPosition, s) && addCalendarMonths(row.stepSince, s.institutionalFlagMonths) <= on
  );
}

/** (d) aftercare, (g) political review and (h) long institutional stays, from the placed children. */
export function placementItems(
  facts: AgendaFacts,
  w: AgendaWindow,
  s = DEFAULT_FORUM_SETTINGS,
): AgendaItem[] {
  const out: AgendaItem[] = [];
  const until = coversUntil(w);
  for (const c of facts.placedChildren) {
    const child = { kind: 'child', id: c.childId } as const;
    // (d): from `aftercareLeadMonths` before 17½ until decided or until the 18th birthday.
    const aftercareDue = aftercareDueOn(c.birthDate);
    const decided = c.aftercareDecidedOn !== null && c.aftercareDecidedOn < w.meetingOn;
    if (!decided && addCalendarMonths(aftercareDue, -s.aftercareLeadMonths) <= until) {
      const eighteenth = birthdayAt(c.birthDate, 18);
      if (w.meetingOn < eighteenth) {
        const reason =
          `Den unge fylder 18 år ${danishDate(eighteenth)}: afgørelsen om støtte efter 18 år skal træffes ` +
          `senest ${danishDate(aftercareDue)} (barnets lov § 111).`;
        out.push(item('placement_committee', c, 'aftercare_decision', child, reason, aftercareDue));
      }
    }
    // (g): every `politicalReviewMonths` from the placement's start. The reason names no person.
    const reviewDue = addCalendarMonths(c.lastPoliticalReviewOn ?? c.placedSince, s.politicalReviewMonths);
    if (reviewDue <= until) {
      const last =
        c.lastPoliticalReviewOn === null
          ? 'ingen gennemgang endnu'
          : `sidst ${danishDate(c.lastPoliticalReviewOn)}`;
      const reason = `Anbragt siden ${danishDate(c.placedSince)} (trin ${c.stepPosition}), ${last}: gennemgang hver ${s.politicalReviewMonths}. måned.`;
      out.push(item('political_review', c, 'political_review', child, reason, reviewDue));
    }
    // (h): flagged on every council agenda while it lasts (goal 5 of `002_*`: short, treating stays).
    if (isLongInstitutionalStay(c, until, s)) {
      const dueOn = addCalendarMonths(c.stepSince, s.institutionalFlagMonths);
      const reason =
        `På institution siden ${danishDate(c.stepSince)}, over ${s.institutionalFlagMonths} måneder: ` +
        'anbringelser skal være korte og behandlende.';
      out.push(item('creative_council', c, 'long_institutional_stay', child, reason, dueOn));
    }
  }
  return out;
}

/** Sort key: due date, then the rule's order in item 3, then case and source. */
export function compareAgendaItems(a: AgendaItem, b: AgendaItem): number {
  if (a.dueOn !== b.dueOn) return a.dueOn < b.dueOn ? -1 : 1;
  const r = AGENDA_RULES.indexOf(a.rule) - AGENDA_RULES.indexOf(b.rule);
  if (r !== 0) return r;
  const [x, y] = [`${a.caseId}\u0000${a.source.id}`, `${b.caseId}\u0000${b.source.id}`];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Every forum's items for a meeting window, sorted. */
export function agendaItems(facts: AgendaFacts, w: AgendaWindow, s: ForumSettings = DEFAULT_FORUM_SETTINGS) {
  return [
    ...proposalItems(facts, w, s),
    ...reviewItems(facts, w, s),
    ...referralItems(facts, w),
    ...placementItems(facts, w, s),
  ].sort(compareAgendaItems);
}

/** One forum's agenda: its kind's items, and for a per-district forum only its district's. */
export function agendaFor(
  forum: { kind: ForumKind; districtId: string | null },
  facts: AgendaFacts,
  w: AgendaWindow,
  s: ForumSettings = DEFAULT_FORUM_SETTINGS,
): AgendaItem[] {
  return agendaItems(facts, w, s).filter(
    (i) => i.forumKind === forum.kind && (!isPerDistrict(forum.kind) || i.districtId === forum.districtId),
  );
}
