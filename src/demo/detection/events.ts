import { createHash } from 'node:crypto';
import {
  ICS_AREAS,
  PROTECTIVE_FACTORS,
  RISK_FACTORS,
  type RiskFactor,
} from '../../core/detection/factors.ts';
import { batchFingerprint, type WellbeingColor } from '../../core/detection/wellbeing.ts';
import { toDate, toDay } from '../dates.ts';
import type { ChildRow } from '../world/rows.ts';
import { ageOnDay, type DetectionWorld, iso, momentOn, workday } from './lookups.ts';
import type { ConcernRow, WellbeingRatingRow, WellbeingRoundRow } from './rows.ts';
import { type AgeGroup, CONCERN_TEXTS, RATING_NOTES, type RatingSetting, type Severity } from './texts.ts';

/**
 * The raw material of a year of early detection: how each child fares, two wellbeing rounds of
 * every group, and the concerns professionals register. The signals follow from these by the
 * real rules (signals.ts).
 *
 * Each child has a hidden state: most thrive; some run into mild trouble, a few into serious
 * trouble, from an onset day on. Ratings and concerns are drawn from that state, so the same
 * children show up yellow, red and in concerns, as they do in a real municipality. Exposed
 * districts (low socio-economic index) have more trouble.
 */

export type Trouble = 0 | 1 | 2;
export interface ChildState {
  trouble: Trouble;
  /** from this day on the child is in trouble */
  onset: number;
  /** made troubled for a demo login's group: certain to be written about, first by this login */
  showcase: string | null;
}

/** Daycare from six months (world/enrolments.ts): a round before that day leaves the child out. */
const DAYCARE_FROM_DAYS = 183;
const ABSENT = 0.03;

const COLOR_ODDS: Record<Trouble, readonly (readonly [WellbeingColor, number])[]> = {
  0: [
    ['green', 0.985],
    ['yellow', 0.014],
    ['red', 0.001],
  ],
  1: [
    ['green', 0.5],
    ['yellow', 0.42],
    ['red', 0.08],
  ],
  2: [
    ['green', 0.2],
    ['yellow', 0.4],
    ['red', 0.4],
  ],
};

/**
 * Who is in trouble. In each group of `showcase` (the demo logins' own groups) three children
 * are made so, from before the first round, so that laerer1 and paedagog1 see the whole flow
 * with their own class: yellow and red, their own concerns, and what became of them.
 */
export function childStates(
  w: DetectionWorld,
  indexOfDistrict: ReadonlyMap<string, number>,
  withCase: ReadonlySet<string>,
  showcase: readonly { ownerId: string; children: readonly ChildRow[] }[],
): Map<string, ChildState> {
  const states = new Map<string, ChildState>();
  for (const child of w.children) {
    const exposure = (200 - (indexOfDistrict.get(child.district_id) ?? 100)) / 100;
    const serious = withCase.has(child.id) ? 0.2 : 0.022 * exposure;
    const mild = withCase.has(child.id) ? 0.35 : 0.065 * exposure;
    const r = w.random.float();
    const trouble: Trouble = r < serious ? 2 : r < serious + mild ? 1 : 0;
    const onset = trouble === 0 ? w.today : w.today - w.random.int(20, 420);
    states.set(child.id, { trouble, onset, showcase: null });
  }
  for (const { ownerId, children } of showcase) {
    let made = 0;
    for (const child of w.random.shuffle(children)) {
      if (made >= 3) break;
      const trouble: Trouble = made === 0 ? 2 : 1;
      states.set(child.id, { trouble, onset: w.today - w.random.int(190, 300), showcase: ownerId });
      made += 1;
    }
  }
  return states;
}

function troubleOn(state: ChildState | undefined, day: number): Trouble {
  return state && day >= state.onset ? state.trouble : 0;
}

export interface Rounds {
  rounds: WellbeingRoundRow[];
  ratings: WellbeingRatingRow[];
}

/** Two rounds a group: one about five months ago, one in the last weeks; a unit rates in one week. */
export function generateRounds(w: DetectionWorld, states: ReadonlyMap<string, ChildState>): Rounds {
  const out: Rounds = { rounds: [], ratings: [] };
  const m = w.municipalityId;
  const born = new Map(w.children.map((c) => [c.id, toDay(c.birth_date)]));
  for (const [unitId, groups] of w.groupsOfUnit) {
    const unit = w.unitById.get(unitId);
    const setting: RatingSetting =
      unit?.kind === 'school' ? 'school' : unit?.kind === 'club' ? 'club' : 'daycare';
    const weeks = [w.today - 160 + w.random.int(-14, 14), w.today - 30 + w.random.int(-14, 14)];
    for (const group of groups) {
      const ratedBy = w.groupOwner.get(group.id);
      const children = w.groupChildren.get(group.id) ?? [];
      if (!ratedBy || children.length === 0) continue;
      for (const week of weeks) {
        const day = workday(week + w.random.int(0, 4), w.today);
        const at = momentOn(day, w.random);
        const roundId = w.ids.uuid();
        const ratings: WellbeingRatingRow[] = [];
        for (const child of children) {
          if ((born.get(child.id) ?? 0) + DAYCARE_FROM_DAYS > day || w.random.chance(ABSENT)) continue;
          const color = w.random.weighted(COLOR_ODDS[troubleOn(states.get(child.id), day)]);
          const noted = color === 'red' ? 0.75 : color === 'yellow' ? 0.45 : 0;
          ratings.push({
            municipality_id: m,
            id: w.ids.uuid(),
            round_id: roundId,
            group_id: group.id,
            child_id: child.id,
            color,
            note:
              color !== 'green' && w.random.chance(noted)
                ? w.random.pick(RATING_NOTES[setting][color])
                : null,
            rated_at: iso(at),
          });
        }
        if (ratings.length === 0) continue;
        const fingerprint = batchFingerprint(
          group.id,
          ratings.map((r) => ({ childId: r.child_id, color: r.color, note: r.note ?? undefined })),
        );
        out.rounds.push({
          municipality_id: m,
          id: roundId,
          group_id: group.id,
          rated_by: ratedBy,
          idempotency_key: `demo-${roundId}`,
          // The server's hash of the same batch (wellbeing.ts), so a replay of the key behaves as live.
          request_hash: createHash('sha256').update(`${ratedBy}\n${fingerprint}`).digest('hex'),
          rated_on: toDate(day),
          created_at: iso(at),
        });
        out.ratings.push(...ratings);
      }
    }
  }
  return out;
}

const MILD_RISKS: readonly RiskFactor[] = [
  'unstable_family_structure',
  'social_isolation',
  'unemployment',
  'absent_father',
  'somatic_illness',
  'weakened_parenting',
];
const SERIOUS_RISKS: readonly RiskFactor[] = [...MILD_RISKS, 'parental_substance_abuse', 'mental_illness'];

function severityOf(level: number): Severity {
  return level >= 5 ? 'mild' : level >= 3 ? 'serious' : 'danger';
}

/** The next level of a child's worry: mild trouble wavers, serious trouble tends to get worse. */
function nextLevel(w: DetectionWorld, trouble: Trouble, previous: number | undefined): number {
  if (trouble === 2) {
    if (previous === undefined)
      return w.random.weighted([
        [2, 0.01],
        [3, 0.04],
        [4, 0.15],
        [5, 0.3],
        [6, 0.32],
        [7, 0.18],
      ]);
    const step = w.random.weighted([
      [1, 0.22],
      [0, 0.38],
      [-1, 0.27],
      [-2, 0.08],
      [-3, 0.05],
    ]);
    return Math.min(9, Math.max(1, previous + step));
  }
  if (previous === undefined)
    return w.random.weighted([
      [6, 0.3],
      [7, 0.45],
      [8, 0.25],
    ]);
  const step = w.random.weighted([
    [1, 0.25],
    [0, 0.35],
    [-1, 0.3],
    [-2, 0.1],
  ]);
  return Math.min(9, Math.max(5, previous + step));
}

/**
 * Who writes a concern about the child: a professional of one of the child's units, most often
 * the one who owns the child's group and sees the child daily, often a health visitor (no groups,
 * sees the whole daycare), seldom another teacher of the school and hardly ever a teacher of
 * one other class (laerer1); now and then the district's preventive worker.
 */
function pickAuthor(
  w: DetectionWorld,
  child: ChildRow,
): { authorId: string; unitId: string | null } | undefined {
  const groups = w.childGroups.get(child.id) ?? [];
  const owners = new Set(groups.map((g) => w.groupOwner.get(g.id)));
  const candidates: [string, number][] = [];
  for (const unitId of new Set(groups.map((g) => g.unit_id))) {
    for (const p of w.unitProfessionals.get(unitId) ?? []) {
      if (candidates.some(([id]) => id === p.id)) continue;
      const groupsOwned = w.groupsOwnedBy.get(p.id) ?? 0;
      candidates.push([p.id, owners.has(p.id) ? 6 : groupsOwned === 0 ? 2 : groupsOwned === 1 ? 0.05 : 0.6]);
    }
  }
  const preventive = w.preventiveByDistrict.get(child.district_id) ?? [];
  if (candidates.length === 0) return undefined;
  if (preventive.length > 0 && w.random.chance(0.04))
    return { authorId: w.random.pick(preventive).id, unitId: null };
  const authorId = w.random.weighted(candidates);
  // The server records the author's unit the child is in, the first by id (concerns.queries.ts).
  const theirs = w.unitsOfUser.get(authorId) ?? new Set<string>();
  const unitId = [...new Set(groups.map((g) => g.unit_id))].filter((u) => theirs.has(u)).sort()[0] ?? null;
  return { authorId, unitId };
}

function ownAuthor(w: DetectionWorld, child: ChildRow, authorId: string) {
  const theirs = w.unitsOfUser.get(authorId) ?? new Set<string>();
  const units = (w.childGroups.get(child.id) ?? []).map((g) => g.unit_id).filter((u) => theirs.has(u));
  return { authorId, unitId: units.sort()[0] ?? null };
}

/** A year of concerns: most about children in trouble, clustered in the months after the onset. */
export function generateConcerns(w: DetectionWorld, states: ReadonlyMap<string, ChildState>): ConcernRow[] {
  const out: ConcernRow[] = [];
  const yearAgo = w.today - 365;
  for (const child of w.children) {
    const state = states.get(child.id);
    if (!state || !w.childGroups.has(child.id)) continue;
    let count = 0;
    if (state.trouble === 2 && (state.showcase || w.random.chance(0.85)))
      count = w.random.weighted([
        [1, 0.25],
        [2, 0.35],
        [3, 0.25],
        [4, 0.15],
      ]);
    else if (state.trouble === 1 && (state.showcase || w.random.chance(0.4)))
      count = w.random.weighted([
        [1, 0.6],
        [2, 0.3],
        [3, 0.1],
      ]);
    else if (state.trouble === 0 && w.random.chance(0.004)) count = 1;
    if (count === 0) continue;
    // Not before the child could be in daycare (the professionals know it from there).
    const from = Math.max(
      state.trouble === 0 ? yearAgo : state.onset,
      yearAgo,
      toDay(child.birth_date) + DAYCARE_FROM_DAYS,
    );
    const until = state.trouble === 0 ? w.today - 1 : Math.min(w.today - 1, from + 150);
    if (from > until) continue;
    const moments = Array.from({ length: count }, () =>
      momentOn(workday(w.random.int(from, until), w.today), w.random),
    );
    moments.sort((a, b) => a - b);
    let level: number | undefined;
    for (const [i, at] of moments.entries()) {
      const author = i === 0 && state.showcase ? ownAuthor(w, child, state.showcase) : pickAuthor(w, child);
      if (!author) break;
      level = state.trouble === 0 ? w.random.int(7, 8) : nextLevel(w, state.trouble, level);
      out.push(concernRow(w, child, author, level, at));
    }
  }
  return out;
}

function concernRow(
  w: DetectionWorld,
  child: ChildRow,
  author: { authorId: string; unitId: string | null },
  level: number,
  at: number,
): ConcernRow {
  const severity = severityOf(level);
  const age: AgeGroup = ageOnDay(child, Math.floor(at / 86_400_000)) < 6 ? 'small' : 'school';
  const areaCount = w.random.int(1, severity === 'serious' ? 3 : 2);
  const areas = new Set(w.random.shuffle(ICS_AREAS).slice(0, areaCount));
  const text = (area: (typeof ICS_AREAS)[number]) =>
    areas.has(area) ? w.random.pick(CONCERN_TEXTS[age][severity][area]) : null;
  const risks =
    severity === 'mild'
      ? w.random.shuffle(MILD_RISKS).slice(0, w.random.int(0, 1))
      : w.random.shuffle(SERIOUS_RISKS).slice(0, w.random.int(1, 3));
  if (severity === 'danger' && w.random.chance(0.7)) risks.push('violence');
  const protective = w.random
    .shuffle(PROTECTIVE_FACTORS)
    .slice(0, w.random.int(severity === 'mild' ? 1 : 0, 3));
  const informed = w.random.chance(severity === 'mild' ? 0.8 : severity === 'serious' ? 0.6 : 0.2);
  return {
    municipality_id: w.municipalityId,
    id: w.ids.uuid(),
    child_id: child.id,
    author_id: author.authorId,
    unit_id: author.unitId,
    level,
    development_text: text('development'),
    parenting_text: text('parenting'),
    family_environment_text: text('family_environment'),
    // In list order, as the server stores them (inListOrder).
    risk_factors: RISK_FACTORS.filter((r) => risks.includes(r)),
    protective_factors: PROTECTIVE_FACTORS.filter((p) => protective.includes(p)),
    parents_informed: informed,
    status: 'received',
    locked_at: null,
    closed_at: null,
    created_at: iso(at),
    updated_at: iso(at),
  };
}
