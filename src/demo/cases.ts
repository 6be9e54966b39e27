import type { Context } from './context.ts';
import { ageOn, timestampOn, toDate, toDay } from './dates.ts';
import { CASE_REASONS, PLACEMENT_REASONS } from './names.ts';
import type { Places } from './places.ts';
import type { Staff } from './staff.ts';
import type { CaseRow, ChildRow } from './types.ts';

const OPEN_CASES = 150;
/** Cases a district's first two children get a foster-care consultant on: 10 in all. */
const PLACEMENT_CASES_PER_DISTRICT = 2;
const TWO_YEARS = 730;

/**
 * Open cases, more of them where the socio-economic index is low, each owned by one of the two
 * caseworkers of the child's district (about 15 each, under the local caseload of 20).
 */
export function generateCases(ctx: Context, places: Places, children: ChildRow[], staff: Staff): CaseRow[] {
  const { random } = ctx;
  const today = toDay(ctx.today);
  const need = places.districts.map((d) => 200 - d.spec.index);
  const totalNeed = need.reduce((a, b) => a + b, 0);
  const perDistrict = need.map((n) => Math.round((OPEN_CASES * n) / totalNeed));

  const cases: CaseRow[] = [];
  places.districts.forEach((place, d) => {
    const caseworkers = staff.caseworkersByDistrict[d] ?? [];
    if (caseworkers.length === 0) throw new Error(`District ${place.spec.name} has no caseworker`);
    const residents = children.filter((c) => c.district_id === place.district.id);
    const chosen = new Set<ChildRow>();
    const count = Math.min(perDistrict[d] ?? 0, residents.length);
    let placementsLeft = PLACEMENT_CASES_PER_DISTRICT;
    while (chosen.size < count) {
      const child = random.pick(residents);
      const birth = toDay(child.birth_date);
      // A case opens the day before today at the latest, so no case is opened in the future.
      if (chosen.has(child) || birth >= today) continue;
      const placement = placementsLeft > 0;
      const age = ageOn(child.birth_date, ctx.today);
      // Placements are considered for children of 2-17 in this demo, not for newborns or adults.
      if (placement && (age < 2 || age > 17)) continue;
      if (placement) placementsLeft -= 1;
      chosen.add(child);
      const openedDay = random.int(Math.max(birth, today - TWO_YEARS), today - 1);
      const ageThen = ageOn(child.birth_date, toDate(openedDay));
      const reasons = CASE_REASONS.find((r) => ageThen >= r.minAge && ageThen <= r.maxAge)?.reasons ?? [];
      cases.push({
        municipality_id: ctx.municipalityId,
        id: ctx.ids.uuid(),
        child_id: child.id,
        district_id: place.district.id,
        caseworker_id: (caseworkers[(chosen.size - 1) % caseworkers.length] as { id: string }).id,
        foster_care_consultant_id: placement ? staff.fosterCareConsultant.id : null,
        opened_at: timestampOn(openedDay, random),
        opened_reason: random.pick(placement ? PLACEMENT_REASONS : reasons),
      });
    }
  });
  return cases;
}
