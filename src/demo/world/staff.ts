import type { Faker } from '@faker-js/faker';
import type { Role } from '../../core/access/roles.ts';
import { type Context, phoneNumber } from '../context.ts';
import { Random } from '../random.ts';
import type { Enrolments } from './enrolments.ts';
import { TITLES } from './names.ts';
import type { Places } from './places.ts';
import type {
  AppUserRow,
  DistrictRow,
  GroupRow,
  UnitRow,
  UserDistrictRow,
  UserGroupRow,
  UserUnitRow,
} from './rows.ts';

/** One staff account: districts are 1-based, as the usernames count them. */
interface StaffSpec {
  username: string;
  role: Role;
  title: string;
  districts?: number[];
  /**
   * Added after the demo's data was settled: a fixed name and an id of its own stream, so that
   * nothing drawn after the staff (people, cases, reports) changes.
   */
  fixed?: { displayName: string; phone: string };
  /** Units and groups of a professional, chosen once places and groups exist. */
  units?: (places: Places, enrolments: Enrolments) => { units: UnitRow[]; groups: GroupRow[] };
}

const ALL_DISTRICTS = [1, 2, 3, 4, 5];

function groupsOf(enrolments: Enrolments, unit: UnitRow): GroupRow[] {
  return enrolments.groupsByUnit.get(unit.id) ?? [];
}

function firstSchool(places: Places): UnitRow {
  const school = places.districts[0]?.schools[0];
  if (!school) throw new Error('District 1 has no school');
  return school;
}

function firstDaycare(places: Places): UnitRow {
  const daycare = places.districts[0]?.daycares[0];
  if (!daycare) throw new Error('District 1 has no daycare');
  return daycare;
}

function healthVisitor(district: number): StaffSpec {
  return {
    username: `sundhedsplejerske${district}`,
    role: 'professional',
    title: TITLES.healthVisitor,
    // The health visitor follows the small children of the district's daycares; no groups of their own.
    units: (places) => ({ units: places.districts[district - 1]?.daycares ?? [], groups: [] }),
  };
}

/**
 * The demo logins (all with password "demo") and the staff around them, after seed 004's
 * organisation: a small Front, district 1 with two preventive workers and the others with one,
 * two family-team caseworkers per district, a leader per district under a centre head.
 */
const STAFF: readonly StaffSpec[] = [
  { username: 'admin', role: 'admin', title: TITLES.admin },
  { username: 'leder', role: 'leader', title: TITLES.centreHead, districts: ALL_DISTRICTS },
  ...ALL_DISTRICTS.map(
    (d): StaffSpec => ({
      username: `leder${d}`,
      role: 'leader',
      title: TITLES.districtLeader,
      districts: [d],
    }),
  ),
  { username: 'front', role: 'front', title: TITLES.front },
  { username: 'front2', role: 'front', title: TITLES.front },
  { username: 'forebyggende1', role: 'preventive_worker', title: TITLES.preventive, districts: [1] },
  { username: 'forebyggende1b', role: 'preventive_worker', title: TITLES.preventive, districts: [1] },
  ...[2, 3, 4, 5].map(
    (d): StaffSpec => ({
      username: `forebyggende${d}`,
      role: 'preventive_worker',
      title: TITLES.preventive,
      districts: [d],
    }),
  ),
  // raadgiver1..5 work in districts 1..5, raadgiver6..10 again in 1..5: two a district.
  ...Array.from(
    { length: 10 },
    (_, i): StaffSpec => ({
      username: `raadgiver${i + 1}`,
      role: 'caseworker',
      title: TITLES.caseworker,
      districts: [(i % 5) + 1],
    }),
  ),
  { username: 'familiepleje', role: 'foster_care_consultant', title: TITLES.fosterCare },
  { username: 'analytiker', role: 'analyst', title: TITLES.analyst },
  {
    username: 'laerer1',
    role: 'professional',
    title: TITLES.teacher,
    // A class teacher: one school, exactly one class.
    units: (places, enrolments) => {
      const school = firstSchool(places);
      const classes = groupsOf(enrolments, school);
      const group = classes.find((g) => g.name === '5.A') ?? classes[0];
      return { units: [school], groups: group ? [group] : [] };
    },
  },
  {
    username: 'paedagog1',
    role: 'professional',
    title: TITLES.pedagogue,
    units: (places, enrolments) => {
      const daycare = firstDaycare(places);
      const groups = groupsOf(enrolments, daycare);
      const group = groups.find((g) => g.name.startsWith('Børnehave')) ?? groups[0];
      return { units: [daycare], groups: group ? [group] : [] };
    },
  },
  ...ALL_DISTRICTS.map(healthVisitor),
  // Last, so every account above keeps its id and name: two more foster-care consultants for the
  // placed children's cases (about 110, see casework.ts).
  { username: 'familiepleje2', role: 'foster_care_consultant', title: TITLES.fosterCare },
  { username: 'familiepleje3', role: 'foster_care_consultant', title: TITLES.fosterCare },
  // Last again: the data-protection officer, who reads the whole audit log and nothing else.
  {
    username: 'databeskyttelse',
    role: 'data_protection_officer',
    title: TITLES.dataProtection,
    fixed: { displayName: 'Dorthe Vestergaard', phone: '70 10 20 30' },
  },
];

function drawnUser(ctx: Context, spec: StaffSpec): AppUserRow {
  const sex = ctx.random.chance(0.7) ? 'female' : 'male';
  return {
    municipality_id: ctx.municipalityId,
    id: ctx.ids.uuid(),
    username: spec.username,
    display_name: `${ctx.faker.person.firstName(sex)} ${ctx.faker.person.lastName()}`,
    role: spec.role,
    title: spec.title,
    phone: phoneNumber(ctx),
  };
}

/** Family-team caseworkers the demo starts with in each district (raadgiver1..10). */
export const FIRST_CASEWORKERS_PER_DISTRICT = 2;

export interface Staff {
  users: AppUserRow[];
  userDistricts: UserDistrictRow[];
  userUnits: UserUnitRow[];
  userGroups: UserGroupRow[];
  /** The caseworkers of each district, by district index (0-based). */
  caseworkersByDistrict: AppUserRow[][];
  /** The district leaders leder1..5, by district index (0-based). */
  leadersByDistrict: AppUserRow[];
  fosterCareConsultant: AppUserRow;
  fosterCareConsultants: AppUserRow[];
}

export function generateStaff(ctx: Context, places: Places, enrolments: Enrolments): Staff {
  const staff: Omit<Staff, 'fosterCareConsultant' | 'fosterCareConsultants' | 'leadersByDistrict'> = {
    users: [],
    userDistricts: [],
    userUnits: [],
    userGroups: [],
    caseworkersByDistrict: places.districts.map(() => []),
  };
  const municipality_id = ctx.municipalityId;
  for (const spec of STAFF) {
    const user: AppUserRow = spec.fixed
      ? {
          municipality_id,
          id: new Random(`trappen-demo-staff:${municipality_id}:${spec.username}`).uuid(),
          username: spec.username,
          display_name: spec.fixed.displayName,
          role: spec.role,
          title: spec.title,
          phone: spec.fixed.phone,
        }
      : drawnUser(ctx, spec);
    staff.users.push(user);
    for (const d of spec.districts ?? []) {
      const district = places.districts[d - 1]?.district;
      if (!district) throw new Error(`No district ${d}`);
      staff.userDistricts.push({ municipality_id, user_id: user.id, district_id: district.id });
      if (spec.role === 'caseworker') staff.caseworkersByDistrict[d - 1]?.push(user);
    }
    const scope = spec.units?.(places, enrolments);
    for (const unit of scope?.units ?? [])
      staff.userUnits.push({ municipality_id, user_id: user.id, unit_id: unit.id });
    for (const group of scope?.groups ?? [])
      staff.userGroups.push({ municipality_id, user_id: user.id, group_id: group.id });
  }
  const fosterCareConsultants = staff.users.filter((u) => u.role === 'foster_care_consultant');
  const fosterCareConsultant = fosterCareConsultants[0];
  if (!fosterCareConsultant) throw new Error('The demo staff has no foster-care consultant');
  const leadersByDistrict = places.districts.map((_, d) => {
    const leader = staff.users.find((u) => u.username === `leder${d + 1}`);
    if (!leader) throw new Error(`District ${d + 1} has no leader`);
    return leader;
  });
  return { ...staff, fosterCareConsultant, fosterCareConsultants, leadersByDistrict };
}

/**
 * Caseworkers added to the family teams so that each district's open cases come to about
 * `perCaseworker` each (the local target is 20; Demo Kommune runs a little over it). Usernames
 * continue the pattern: raadgiver11, raadgiver12, ... handed out a round over the districts at a
 * time. Made after the cases exist (casework.ts), on the caller's streams.
 */
export function addCaseworkers(
  municipalityId: string,
  districts: readonly DistrictRow[],
  openCases: readonly number[],
  perCaseworker: number,
  streams: { ids: Random; random: Random; faker: Faker },
): { users: AppUserRow[]; userDistricts: UserDistrictRow[]; byDistrict: AppUserRow[][] } {
  const wanted = openCases.map((n) =>
    Math.max(0, Math.round(n / perCaseworker) - FIRST_CASEWORKERS_PER_DISTRICT),
  );
  const users: AppUserRow[] = [];
  const userDistricts: UserDistrictRow[] = [];
  const byDistrict: AppUserRow[][] = districts.map(() => []);
  let number = districts.length * FIRST_CASEWORKERS_PER_DISTRICT + 1;
  for (let round = 0; wanted.some((w) => w > round); round++) {
    districts.forEach((district, d) => {
      if ((wanted[d] ?? 0) <= round) return;
      const sex = streams.random.chance(0.7) ? 'female' : 'male';
      const user: AppUserRow = {
        municipality_id: municipalityId,
        id: streams.ids.uuid(),
        username: `raadgiver${number++}`,
        display_name: `${streams.faker.person.firstName(sex)} ${streams.faker.person.lastName()}`,
        role: 'caseworker',
        title: TITLES.caseworker,
        phone: streams.faker.phone.number({ style: 'national' }),
      };
      users.push(user);
      userDistricts.push({ municipality_id: municipalityId, user_id: user.id, district_id: district.id });
      byDistrict[d]?.push(user);
    });
  }
  return { users, userDistricts, byDistrict };
}

/** The logins to show someone trying the demo (all with password "demo"), with a Danish note. */
export const DEMO_LOGINS: readonly { username: string; role: Role; note: string }[] = [
  { username: 'admin', role: 'admin', note: 'brugere, distrikter, trappe og tilbud' },
  { username: 'leder', role: 'leader', note: 'centerchef, alle fem distrikter' },
  { username: 'front', role: 'front', note: 'screening af underretninger' },
  { username: 'forebyggende1', role: 'preventive_worker', note: 'distrikt Østervang' },
  { username: 'raadgiver1', role: 'caseworker', note: 'Familieteamet, distrikt Østervang' },
  { username: 'raadgiver2', role: 'caseworker', note: 'Familieteamet, distrikt Kirkebjerg' },
  { username: 'familiepleje', role: 'foster_care_consultant', note: 'anbringelser og netværk' },
  { username: 'analytiker', role: 'analyst', note: 'nøgletal uden personoplysninger' },
  { username: 'laerer1', role: 'professional', note: 'lærer, én klasse på Østervangskolen' },
  { username: 'paedagog1', role: 'professional', note: 'pædagog, én gruppe i Børnehuset Solsikken' },
  { username: 'sundhedsplejerske1', role: 'professional', note: 'sundhedsplejerske, dagtilbud i Østervang' },
  { username: 'databeskyttelse', role: 'data_protection_officer', note: 'hele revisionsloggen, ingen sager' },
];
