import type { CaseCloseReason } from '../../store/schema-casework.ts';
import type { Context } from '../context.ts';
import { ageOn, timestampOn, toDate, toDay } from '../dates.ts';
import { Random } from '../random.ts';
import { CASE_REASONS, PLACEMENT_REASONS } from './names.ts';
import type { Places } from './places.ts';
import type { CaseRow, ChildRow } from './rows.ts';
import type { Staff } from './staff.ts';

/**
 * Where a case stands today, decided with the case so that its child fits (age) and its opening
 * leaves time for the road there; casework/casework.ts writes the road. Placed children are at step 4
 * (network), 5 (foster family) or 6 (institution); `early` is steps 1–2, `home` step 3, and
 * `assessment` a case still in its first assessment.
 */
export type CaseProfile = 'assessment' | 'early' | 'home' | 'network' | 'foster' | 'institution';

export const PLACED_PROFILES: ReadonlySet<CaseProfile> = new Set(['network', 'foster', 'institution']);

/**
 * The foundation's open cases by profile. With the cases district meetings open in the intake
 * year (about 210 still open, casework/casework.ts) Demo Kommune has about 450 open cases: about 110
 * children placed (a tenth in the network, half in foster families, the rest in institutions)
 * and about 330 in preventive and home-based measures, domain.md's figures for 13,000 children.
 */
const OPEN_PROFILES: readonly (readonly [CaseProfile, number])[] = [
  ['network', 10],
  ['foster', 50],
  ['institution', 40],
  ['home', 75],
  ['early', 84],
  ['assessment', 8],
];

/** Ages (today) a profile's child may have, and how many days ago its case may have opened. */
const PROFILE_SPEC: Record<CaseProfile, { ages: [number, number]; openedDaysAgo: [number, number] }> = {
  network: { ages: [2, 17], openedDaysAgo: [200, 1_090] },
  foster: { ages: [2, 17], openedDaysAgo: [200, 1_090] },
  institution: { ages: [11, 17], openedDaysAgo: [200, 1_090] },
  home: { ages: [1, 20], openedDaysAgo: [120, 1_090] },
  early: { ages: [1, 17], openedDaysAgo: [90, 900] },
  assessment: { ages: [0, 17], openedDaysAgo: [10, 170] },
};

/** The foundation's cases and where each open one stands today. */
export interface FoundationCases {
  rows: CaseRow[];
  profiles: Map<string, CaseProfile>;
}

const caseColumns = {
  version: 1,
  closed_at: null,
  closed_reason: null,
  close_reason_code: null,
} as const;

function reasonFor(child: ChildRow, openedDay: number, placed: boolean, random: Random): string {
  const ageThen = ageOn(child.birth_date, toDate(openedDay));
  const reasons = CASE_REASONS.find((r) => ageThen >= r.minAge && ageThen <= r.maxAge)?.reasons ?? [];
  return random.pick(placed ? PLACEMENT_REASONS : reasons.length > 0 ? reasons : PLACEMENT_REASONS);
}

/**
 * Open cases, more of them where the socio-economic index is low, each owned by one of the
 * district's first caseworkers (casework/casework.ts spreads them over the family team it grows) and, for
 * a placed child, a foster-care consultant too.
 */
export function generateCases(
  ctx: Context,
  places: Places,
  children: ChildRow[],
  staff: Staff,
): FoundationCases {
  const { random } = ctx;
  const today = toDay(ctx.today);
  const need = places.districts.map((d) => 200 - d.spec.index);
  const totalNeed = need.reduce((a, b) => a + b, 0);
  const residents = places.districts.map((p) => children.filter((c) => c.district_id === p.district.id));
  const ageToday = new Map(children.map((c) => [c.id, ageOn(c.birth_date, ctx.today)]));
  const chosen = new Set<string>();
  const rows: CaseRow[] = [];
  const profiles = new Map<string, CaseProfile>();
  let fosterTurn = 0;
  for (const [profile, count] of OPEN_PROFILES) {
    const spec = PROFILE_SPEC[profile];
    const perDistrict = need.map((n) => Math.round((count * n) / totalNeed));
    places.districts.forEach((place, d) => {
      const caseworkers = staff.caseworkersByDistrict[d] ?? [];
      if (caseworkers.length === 0) throw new Error(`District ${place.spec.name} has no caseworker`);
      const pool = (residents[d] ?? []).filter((c) => {
        const age = ageToday.get(c.id) ?? 0;
        return age >= spec.ages[0] && age <= spec.ages[1] && !chosen.has(c.id);
      });
      for (let n = 0; n < (perDistrict[d] ?? 0) && pool.length > 0; n++) {
        const child = pool.splice(random.int(0, pool.length - 1), 1)[0] as ChildRow;
        chosen.add(child.id);
        const birth = toDay(child.birth_date);
        const earliest = Math.max(birth + 30, today - spec.openedDaysAgo[1]);
        const openedDay = random.int(
          Math.min(earliest, today - spec.openedDaysAgo[0]),
          today - spec.openedDaysAgo[0],
        );
        const placed = PLACED_PROFILES.has(profile);
        const row: CaseRow = {
          municipality_id: ctx.municipalityId,
          id: ctx.ids.uuid(),
          child_id: child.id,
          district_id: place.district.id,
          caseworker_id: (caseworkers[rows.length % caseworkers.length] as { id: string }).id,
          foster_care_consultant_id: placed
            ? (staff.fosterCareConsultants[fosterTurn++ % staff.fosterCareConsultants.length]?.id ?? null)
            : null,
          opened_at: timestampOn(openedDay, random),
          opened_reason: reasonFor(child, openedDay, placed, random),
          // Aware a few days before the case opened: the report or the conversation that led to it.
          aware_on: toDate(Math.max(birth, openedDay - random.int(0, 10))),
          created_by: staff.leadersByDistrict[d]?.id ?? null,
          ...caseColumns,
        };
        rows.push(row);
        profiles.set(row.id, profile);
      }
    });
  }
  return { rows, profiles };
}

const CLOSED_CASES = 80;

const CLOSE_REASONS: readonly (readonly [CaseCloseReason, number, string])[] = [
  ['goals_met', 45, 'Målene i barnets plan er nået; sagen afsluttes efter aftale med familien.'],
  ['no_longer_needed', 25, 'Undersøgelsen viste ikke behov for støtte efter Barnets Lov.'],
  ['moved_away', 15, 'Familien er flyttet til en anden kommune; sagen er overdraget.'],
  ['transferred', 8, 'Sagen er overdraget til Voksenområdet.'],
  ['other', 7, 'Forældrene har frabedt sig yderligere støtte; der er ikke grundlag for at fortsætte.'],
];

/**
 * Cases closed within the demo's three years, for children with no other case and no report in
 * the intake year (so the intake demo, which sees only open cases, never meets them). Streams of
 * their own: the open cases and everything else stay as they were.
 */
export function generateClosedCases(
  input: { seed: number; code: string; today: string; municipalityId: string },
  places: Places,
  children: readonly ChildRow[],
  taken: ReadonlySet<string>,
  staff: Staff,
): CaseRow[] {
  const random = new Random(`trappen-demo-cases-closed:${input.seed}`);
  const ids = new Random(`trappen-demo-cases-closed-ids:${input.seed}:${input.code}`);
  const today = toDay(input.today);
  const candidates = children.filter((c) => {
    const age = ageOn(c.birth_date, input.today);
    return age >= 3 && age <= 19 && !taken.has(c.id);
  });
  const rows: CaseRow[] = [];
  const used = new Set<string>();
  while (rows.length < CLOSED_CASES && used.size < candidates.length) {
    const child = random.pick(candidates);
    if (used.has(child.id)) continue;
    used.add(child.id);
    const d = places.districts.findIndex((p) => p.district.id === child.district_id);
    const caseworkers = staff.caseworkersByDistrict[d] ?? [];
    const openedDay = random.int(Math.max(today - 1_090, toDay(child.birth_date) + 60), today - 150);
    const closedDay = random.int(openedDay + 100, Math.min(today - 7, openedDay + 700));
    const [code, , text] = random.weighted(CLOSE_REASONS.map((r) => [r, r[1]] as const));
    rows.push({
      municipality_id: input.municipalityId,
      id: ids.uuid(),
      child_id: child.id,
      district_id: child.district_id,
      caseworker_id: random.pick(caseworkers).id,
      foster_care_consultant_id: null,
      opened_at: timestampOn(openedDay, random),
      opened_reason: reasonFor(child, openedDay, false, random),
      aware_on: toDate(openedDay - random.int(0, 10)),
      created_by: staff.leadersByDistrict[d]?.id ?? null,
      version: 3,
      closed_at: timestampOn(closedDay, random),
      closed_reason: text,
      close_reason_code: code,
    });
  }
  return rows;
}
