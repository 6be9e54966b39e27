import type { Context } from '../context.ts';
import { ageOn, schoolGrade, toDay } from '../dates.ts';
import { CLUB_GROUPS, GROUP_NAMES } from './names.ts';
import type { ChildPlacement } from './people.ts';
import type { Places } from './places.ts';
import type { ChildRow, EnrolmentRow, GroupRow, UnitRow } from './rows.ts';

/** Pupils a class and children a group aim at; the number of classes and groups follows. */
const CLASS_SIZE = 26;
const NURSERY_GROUP_SIZE = 12;
const KINDERGARTEN_GROUP_SIZE = 20;
/** Daycare from six months; nursery (vuggestue) until 3, kindergarten (børnehave) until school. */
const DAYCARE_FROM_DAYS = 183;
const CLUB_SHARE = 0.45;
const LETTERS = 'ABCDEFGH';

export interface Enrolments {
  groups: GroupRow[];
  enrolments: EnrolmentRow[];
  /** Groups of each unit in creation order (classes by grade, then letter). */
  groupsByUnit: Map<string, GroupRow[]>;
}

export function generateEnrolments(ctx: Context, places: Places, placements: ChildPlacement[]): Enrolments {
  const { random } = ctx;
  const today = toDay(ctx.today);
  // Who goes where, keyed by unit id and a sub-key (grade, nursery/kindergarten, club group).
  const buckets = new Map<string, ChildRow[]>();
  const put = (unit: UnitRow, sub: string | number, child: ChildRow) => {
    const key = `${unit.id}|${sub}`;
    const list = buckets.get(key);
    if (list) list.push(child);
    else buckets.set(key, [child]);
  };
  for (const { child, place, school, daycare } of placements) {
    const grade = schoolGrade(child.birth_date, ctx.today);
    const age = ageOn(child.birth_date, ctx.today);
    if (grade >= 0 && grade <= 9) put(school, grade, child);
    else if (grade < 0 && today - toDay(child.birth_date) >= DAYCARE_FROM_DAYS)
      put(daycare, age < 3 ? 'v' : 'b', child);
    const clubGroup = CLUB_GROUPS.findIndex((g) => age >= g.minAge && age <= g.maxAge);
    if (clubGroup >= 0 && random.chance(CLUB_SHARE)) put(place.club, clubGroup, child);
  }

  const result: Enrolments = { groups: [], enrolments: [], groupsByUnit: new Map() };
  /** Creates groups for a bucket and spreads its children over them round-robin. */
  const fill = (unit: UnitRow, sub: string | number, names: string[]) => {
    const created = names.map((name): GroupRow => {
      const row = { municipality_id: ctx.municipalityId, id: ctx.ids.uuid(), unit_id: unit.id, name };
      result.groups.push(row);
      return row;
    });
    const list = result.groupsByUnit.get(unit.id) ?? [];
    list.push(...created);
    result.groupsByUnit.set(unit.id, list);
    const children = buckets.get(`${unit.id}|${sub}`) ?? [];
    children.forEach((child, i) => {
      const group = created[i % created.length] as GroupRow;
      result.enrolments.push({ municipality_id: ctx.municipalityId, child_id: child.id, group_id: group.id });
    });
  };
  const count = (unit: UnitRow, sub: string | number, size: number) =>
    Math.max(1, Math.round((buckets.get(`${unit.id}|${sub}`)?.length ?? 0) / size));

  for (const place of places.districts) {
    for (const school of place.schools) {
      for (let grade = 0; grade <= 9; grade++) {
        const classes = Math.min(LETTERS.length, count(school, grade, CLASS_SIZE));
        fill(
          school,
          grade,
          Array.from(LETTERS.slice(0, classes), (letter) => `${grade}.${letter}`),
        );
      }
    }
    for (const daycare of place.daycares) {
      const names = random.shuffle(GROUP_NAMES);
      const nurseries = count(daycare, 'v', NURSERY_GROUP_SIZE);
      const kindergartens = count(daycare, 'b', KINDERGARTEN_GROUP_SIZE);
      if (nurseries + kindergartens > names.length) throw new Error(`Too many groups in ${daycare.name}`);
      fill(
        daycare,
        'v',
        names.slice(0, nurseries).map((n) => `Vuggestue ${n}`),
      );
      fill(
        daycare,
        'b',
        names.slice(nurseries, nurseries + kindergartens).map((n) => `Børnehave ${n}`),
      );
    }
    CLUB_GROUPS.forEach((group, i) => {
      fill(place.club, i, [group.name]);
    });
  }
  return result;
}
