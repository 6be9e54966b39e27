import type { Faker } from '@faker-js/faker';
import type { Random } from '../random.ts';
import type { Enrolments } from '../world/enrolments.ts';
import { TITLES } from '../world/names.ts';
import type { Places } from '../world/places.ts';
import type { AppUserRow, GroupRow, UnitRow, UserGroupRow, UserUnitRow } from '../world/rows.ts';

/**
 * The professionals who own the groups the foundation's staff leaves without one, so that every
 * group has someone who does its wellbeing check (and the bench can submit a whole municipal
 * round): two teachers a school (grades 0–4 and 5–9), a pedagogue a daycare and one in each
 * club. laerer1 and paedagog1 keep their single group. Usernames count on from theirs:
 * laerer2, laerer3, … paedagog2, … klubpaedagog1 … klubpaedagog5.
 */

export interface DetectionStaffStreams {
  municipalityId: string;
  faker: Faker;
  random: Random;
  ids: Random;
}

export interface DetectionStaff {
  users: AppUserRow[];
  userUnits: UserUnitRow[];
  userGroups: UserGroupRow[];
}

const gradeOf = (group: GroupRow) => Number.parseInt(group.name, 10);

export function generateGroupOwners(
  s: DetectionStaffStreams,
  places: Places,
  enrolments: Enrolments,
  owned: readonly UserGroupRow[],
): DetectionStaff {
  const taken = new Set(owned.map((g) => g.group_id));
  const out: DetectionStaff = { users: [], userUnits: [], userGroups: [] };
  const municipality_id = s.municipalityId;
  const add = (username: string, title: string, unit: UnitRow, groups: GroupRow[]) => {
    const sex = s.random.chance(0.7) ? 'female' : 'male';
    const user: AppUserRow = {
      municipality_id,
      id: s.ids.uuid(),
      username,
      display_name: `${s.faker.person.firstName(sex)} ${s.faker.person.lastName()}`,
      role: 'professional',
      title,
      phone: s.faker.phone.number({ style: 'national' }),
    };
    out.users.push(user);
    out.userUnits.push({ municipality_id, user_id: user.id, unit_id: unit.id });
    for (const g of groups) {
      if (taken.has(g.id)) continue;
      taken.add(g.id);
      out.userGroups.push({ municipality_id, user_id: user.id, group_id: g.id });
    }
  };
  let teacher = 2;
  let pedagogue = 2;
  places.districts.forEach((place, d) => {
    for (const school of place.schools) {
      const classes = enrolments.groupsByUnit.get(school.id) ?? [];
      add(
        `laerer${teacher++}`,
        TITLES.teacher,
        school,
        classes.filter((g) => gradeOf(g) <= 4),
      );
      add(
        `laerer${teacher++}`,
        TITLES.teacher,
        school,
        classes.filter((g) => gradeOf(g) >= 5),
      );
    }
    for (const daycare of place.daycares) {
      add(`paedagog${pedagogue++}`, TITLES.pedagogue, daycare, enrolments.groupsByUnit.get(daycare.id) ?? []);
    }
    add(
      `klubpaedagog${d + 1}`,
      TITLES.pedagogue,
      place.club,
      enrolments.groupsByUnit.get(place.club.id) ?? [],
    );
  });
  return out;
}
