import type { CalendarDate } from '../calendar/zone.ts';
import { addCalendarMonths } from '../casework/months.ts';
import { daysBetween } from '../detection/dates.ts';
import {
  DEFAULT_FORUM_SETTINGS,
  type ForumSettings,
  isInstitutional,
  isSpecialised,
} from '../forums/settings.ts';
import { disclosive, shareMeasure } from './share.ts';

/**
 * The forums' figures FR1–FR4 (issue #12 item 9, docs/figures.md), per district and for the whole
 * municipality (`scope: 'total'`, districtId null). The queries (src/server/figures/forum-figures.queries.ts)
 * read exactly the fields of the rows below; the counting, and the suppression of small counts
 * (`disclosive`/`shareMeasure`, share.ts), is here.
 *
 * - FR1 (flow): the council's items on proposals decided in the period — decisions of Det Kreative
 *   Råd on a proposal (rule `specialised_proposal`), postponements left out since they decide
 *   nothing — and the share where the council found an alternative at a lower step.
 * - FR2 (flow): days from a proposal to the decision that settled it (its forum's first decision on
 *   it that is not a postponement), for proposals settled in the period: median and 90th
 *   percentile, nearest rank (the smallest value with at least half, resp. 90 %, of the days at or
 *   below it), by the proposal's district.
 * - FR3 (state on `asOf`): children in a specialised offer whose review by the council was due at
 *   least once — in a specialised offer for `reviewIntervalMonths` or more — and of those the ones
 *   reviewed on time: their latest council review (rule `specialised_review`, or the council's
 *   decision on a proposal, which looks at the same child) or else the stay's start, plus the
 *   interval, is not before `asOf`.
 * - FR4 (state on `asOf`): children on an institutional step (`institutionalSteps`), and those whose
 *   uninterrupted stay on it has lasted `institutionalFlagMonths` or more (`isLongInstitutionalStay`).
 *
 * A child's stay is its measures merged where one starts on or before the day another ends; a
 * measure "runs" on `asOf` when it started by then and has not ended (an end on `asOf` has ended).
 */

export type Scope = 'district' | 'total';

interface Keyed {
  scope: Scope;
  districtId: string | null;
}

/** Groups rows by district and adds the whole municipality's group last. */
function byDistrict<Row extends { districtId: string | null }, Cell>(
  rows: readonly Row[],
  cell: (key: Keyed, rows: readonly Row[]) => Cell,
  districts: readonly (string | null)[] = [],
): Cell[] {
  const groups = new Map<string | null, Row[]>(districts.map((d) => [d, []]));
  for (const r of rows) groups.set(r.districtId, [...(groups.get(r.districtId) ?? []), r]);
  const ids = [...groups.keys()].sort((a, b) =>
    a === null ? (b === null ? 0 : 1) : b === null ? -1 : a.localeCompare(b),
  );
  return [
    ...ids.map((id) => cell({ scope: 'district', districtId: id }, groups.get(id) ?? [])),
    cell({ scope: 'total', districtId: null }, rows),
  ];
}

// ---- FR1 ----------------------------------------------------------------------------------------

export interface FR1Row {
  districtId: string | null;
  outcome: 'approved' | 'alternative' | 'postponed' | 'rejected';
}

export interface FR1Cell extends Keyed {
  decided: number | null;
  alternatives: number | null;
  share: number | null;
  suppressed: boolean;
}

export function computeFR1(rows: readonly FR1Row[], suppressBelow = 0): FR1Cell[] {
  return byDistrict(rows, (key, group) => {
    const decided = group.filter((r) => r.outcome !== 'postponed');
    const m = shareMeasure(
      [decided.length, decided.filter((r) => r.outcome === 'alternative').length],
      suppressBelow,
    );
    return { ...key, decided: m.total, alternatives: m.onTime, share: m.share, suppressed: m.suppressed };
  });
}

// ---- FR2 ----------------------------------------------------------------------------------------

export interface FR2Row {
  districtId: string | null;
  proposedOn: CalendarDate;
  decidedOn: CalendarDate;
}

export interface FR2Cell extends Keyed {
  proposals: number | null;
  medianDays: number | null;
  p90Days: number | null;
  suppressed: boolean;
}

/** Nearest rank: the smallest value with at least `p` of the sorted values at or below it. */
export function nearestRank(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] as number;
}

export function computeFR2(rows: readonly FR2Row[], suppressBelow = 0): FR2Cell[] {
  return byDistrict(rows, (key, group) => {
    if (disclosive([group.length], suppressBelow))
      return { ...key, proposals: null, medianDays: null, p90Days: null, suppressed: true };
    const days = group.map((r) => daysBetween(r.proposedOn, r.decidedOn)).sort((a, b) => a - b);
    return {
      ...key,
      proposals: group.length,
      medianDays: nearestRank(days, 0.5),
      p90Days: nearestRank(days, 0.9),
      suppressed: false,
    };
  });
}

// ---- FR3 and FR4: the children's measures on a day -------------------------------------------------

export interface ForumFigureMeasure {
  childId: string;
  districtId: string | null;
  stepPosition: number;
  specialisedOffer: boolean;
  startOn: CalendarDate;
  endedOn: CalendarDate | null;
}

interface Stay {
  childId: string;
  districtId: string | null;
  start: CalendarDate;
  /** null while it runs */
  end: CalendarDate | null;
}

/** Each child's stay running on `asOf` among the measures `keep` selects, merged where they touch. */
function staysOn(
  measures: readonly ForumFigureMeasure[],
  asOf: CalendarDate,
  keep: (m: ForumFigureMeasure) => boolean,
): Stay[] {
  const byChild = new Map<string, ForumFigureMeasure[]>();
  for (const m of measures)
    if (keep(m) && m.startOn <= asOf) byChild.set(m.childId, [...(byChild.get(m.childId) ?? []), m]);
  const out: Stay[] = [];
  for (const [childId, list] of byChild) {
    list.sort((a, b) => (a.startOn < b.startOn ? -1 : a.startOn > b.startOn ? 1 : 0));
    let cur: Stay | undefined;
    const stays: Stay[] = [];
    for (const m of list) {
      const end = m.endedOn !== null && m.endedOn <= asOf ? m.endedOn : null;
      if (cur && (cur.end === null || m.startOn <= cur.end)) {
        cur.end = cur.end === null || end === null ? null : end > cur.end ? end : cur.end;
        cur.districtId = m.districtId;
      } else {
        cur = { childId, districtId: m.districtId, start: m.startOn, end };
        stays.push(cur);
      }
    }
    const running = stays.find((s) => s.end === null);
    if (running) out.push(running);
  }
  return out.sort((a, b) => (a.childId < b.childId ? -1 : 1));
}

export interface FR3Cell extends Keyed {
  /** children in a specialised offer whose review has been due */
  children: number | null;
  onTime: number | null;
  share: number | null;
  suppressed: boolean;
}

export interface ReviewRow {
  childId: string;
  reviewedOn: CalendarDate;
}

export function computeFR3(
  measures: readonly ForumFigureMeasure[],
  reviews: readonly ReviewRow[],
  asOf: CalendarDate,
  suppressBelow = 0,
  s: ForumSettings = DEFAULT_FORUM_SETTINGS,
): FR3Cell[] {
  const stays = staysOn(measures, asOf, (m) => isSpecialised(m, s));
  const latest = new Map<string, CalendarDate>();
  for (const r of reviews)
    if (r.reviewedOn <= asOf && (latest.get(r.childId) ?? '') < r.reviewedOn)
      latest.set(r.childId, r.reviewedOn);
  const due = stays
    .filter((st) => addCalendarMonths(st.start, s.reviewIntervalMonths) <= asOf)
    .map((st) => {
      const last = latest.get(st.childId);
      const from = last !== undefined && last >= st.start ? last : st.start;
      return { districtId: st.districtId, onTime: addCalendarMonths(from, s.reviewIntervalMonths) >= asOf };
    });
  return byDistrict(due, (key, group) => {
    const m = shareMeasure([group.length, group.filter((g) => g.onTime).length], suppressBelow);
    return { ...key, children: m.total, onTime: m.onTime, share: m.share, suppressed: m.suppressed };
  });
}

export interface FR4Cell extends Keyed {
  institutional: number | null;
  long: number | null;
  share: number | null;
  suppressed: boolean;
}

export function computeFR4(
  measures: readonly ForumFigureMeasure[],
  asOf: CalendarDate,
  suppressBelow = 0,
  s: ForumSettings = DEFAULT_FORUM_SETTINGS,
): FR4Cell[] {
  const stays = staysOn(measures, asOf, (m) => isInstitutional(m.stepPosition, s)).map((st) => ({
    districtId: st.districtId,
    // As isLongInstitutionalStay (rule (h)), over the stay on any institutional step.
    long: addCalendarMonths(st.start, s.institutionalFlagMonths) <= asOf,
  }));
  return byDistrict(stays, (key, group) => {
    const m = shareMeasure([group.length, group.filter((g) => g.long).length], suppressBelow);
    return { ...key, institutional: m.total, long: m.onTime, share: m.share, suppressed: m.suppressed };
  });
}
