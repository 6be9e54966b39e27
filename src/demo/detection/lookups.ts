import { ageOn } from '../../core/people.ts';
import { toDate } from '../dates.ts';
import type { Random } from '../random.ts';
import type {
  AppUserRow,
  ChildRow,
  GroupRow,
  UnitRow,
  UserDistrictRow,
  UserGroupRow,
  UserUnitRow,
  WorldData,
} from '../world/rows.ts';

/**
 * What the detection generator looks up about Demo Kommune (who goes where, who owns which
 * group, who works in which unit and district), built once from the foundation's rows, plus the
 * day arithmetic it shares. Days are whole days since 1970-01-01 (dates.ts).
 */

export const DAY_MS = 86_400_000;

export interface DetectionWorld {
  municipalityId: string;
  /** today as a day number; nothing is generated on or after it */
  today: number;
  random: Random;
  ids: Random;
  children: ChildRow[];
  childById: Map<string, ChildRow>;
  unitById: Map<string, UnitRow>;
  groupById: Map<string, GroupRow>;
  groupsOfUnit: Map<string, GroupRow[]>;
  /** children of each group, in enrolment order */
  groupChildren: Map<string, ChildRow[]>;
  /** groups of each child, in enrolment order */
  childGroups: Map<string, GroupRow[]>;
  /** the group's wellbeing rater: its first owner (user_group) */
  groupOwner: Map<string, string>;
  /** how many groups each user owns */
  groupsOwnedBy: Map<string, number>;
  /** the professionals of each unit (user_unit), in user order */
  unitProfessionals: Map<string, AppUserRow[]>;
  /** each professional's units */
  unitsOfUser: Map<string, Set<string>>;
  preventiveByDistrict: Map<string, AppUserRow[]>;
  userById: Map<string, AppUserRow>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildWorld(
  base: Pick<WorldData, 'child' | 'unit' | 'group' | 'enrolment' | 'app_user'>,
  links: { userUnits: UserUnitRow[]; userGroups: UserGroupRow[]; userDistricts: UserDistrictRow[] },
  streams: { municipalityId: string; today: number; random: Random; ids: Random },
): DetectionWorld {
  const childById = new Map(base.child.map((c) => [c.id, c]));
  const groupById = new Map(base.group.map((g) => [g.id, g]));
  const userById = new Map(base.app_user.map((u) => [u.id, u]));
  const groupsOfUnit = new Map<string, GroupRow[]>();
  for (const g of base.group) push(groupsOfUnit, g.unit_id, g);
  const groupChildren = new Map<string, ChildRow[]>();
  const childGroups = new Map<string, GroupRow[]>();
  for (const e of base.enrolment) {
    push(groupChildren, e.group_id, childById.get(e.child_id) as ChildRow);
    push(childGroups, e.child_id, groupById.get(e.group_id) as GroupRow);
  }
  const groupOwner = new Map<string, string>();
  const groupsOwnedBy = new Map<string, number>();
  for (const ug of links.userGroups) {
    if (!groupOwner.has(ug.group_id)) groupOwner.set(ug.group_id, ug.user_id);
    groupsOwnedBy.set(ug.user_id, (groupsOwnedBy.get(ug.user_id) ?? 0) + 1);
  }
  const unitProfessionals = new Map<string, AppUserRow[]>();
  const unitsOfUser = new Map<string, Set<string>>();
  for (const uu of links.userUnits) {
    const user = userById.get(uu.user_id);
    if (user?.role !== 'professional') continue;
    push(unitProfessionals, uu.unit_id, user);
    const set = unitsOfUser.get(user.id) ?? new Set<string>();
    set.add(uu.unit_id);
    unitsOfUser.set(user.id, set);
  }
  const preventiveByDistrict = new Map<string, AppUserRow[]>();
  for (const ud of links.userDistricts) {
    const user = userById.get(ud.user_id);
    if (user?.role === 'preventive_worker') push(preventiveByDistrict, ud.district_id, user);
  }
  return {
    ...streams,
    children: base.child,
    childById,
    unitById: new Map(base.unit.map((u) => [u.id, u])),
    groupById,
    groupsOfUnit,
    groupChildren,
    childGroups,
    groupOwner,
    groupsOwnedBy,
    unitProfessionals,
    unitsOfUser,
    preventiveByDistrict,
    userById,
  };
}

/** 1970-01-01 was a Thursday: 0 = Sunday … 6 = Saturday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The nearest working day to `day` that lies before `today` (Saturday → Friday, Sunday → Monday). */
export function workday(day: number, today: number): number {
  let d = day;
  if (weekday(d) === 6) d -= 1;
  else if (weekday(d) === 0) d += 1;
  while (d >= today || weekday(d) === 0 || weekday(d) === 6) d -= 1;
  return d;
}

/** A moment of the working day (07:00–15:00 UTC, the same Copenhagen date) as epoch milliseconds. */
export function momentOn(day: number, random: Random): number {
  return day * DAY_MS + random.int(7 * 60, 14 * 60 + 59) * 60_000;
}

export function dayOf(ms: number): number {
  return Math.floor(ms / DAY_MS);
}

export const iso = (ms: number) => new Date(ms).toISOString();

export function ageOnDay(child: ChildRow, day: number): number {
  return ageOn(child.birth_date, toDate(day));
}
