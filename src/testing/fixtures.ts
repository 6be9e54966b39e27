import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Role } from '../core/access/roles.ts';
import { replacementCpr } from '../core/cpr.ts';
import { hashPassword } from '../server/access/password.ts';
import { asSystem, type Db, type Tx } from '../store/database.ts';

/**
 * A small municipality made fresh for one test, so tests never share or truncate data.
 * Its shape is fixed so that access tests can state exactly who sees whom:
 *
 *   district d1: school1 (class 1A) and daycare1 (group); district d2: school2 (class 2A)
 *   inClass      d1, class 1A, open case (d1) assigned to `caseworker`
 *   inDaycare    d1, daycare group, no case
 *   districtCase d1, open case (d1) with no caseworker yet
 *   other        d2, class 2A, open case (d2) assigned to `caseworker2` and `fosterCare`
 *   unlinked     d2, no group, no case
 */
export const USER_KEYS = [
  'admin',
  'leader',
  'front',
  'preventive',
  'caseworker',
  'caseworker2',
  'fosterCare',
  'analyst',
  'teacher',
  'pedagogue',
  'dpo',
] as const;
export type UserKey = (typeof USER_KEYS)[number];
export const CHILD_KEYS = ['inClass', 'inDaycare', 'districtCase', 'other', 'unlinked'] as const;
export type ChildKey = (typeof CHILD_KEYS)[number];

export interface TestUser {
  id: string;
  username: string;
  password: string;
  role: Role;
}
export interface TestChild {
  id: string;
  firstName: string;
  lastName: string;
  cpr: string;
}
export interface TestMunicipality {
  id: string;
  code: string;
  name: string;
  districts: { d1: string; d2: string };
  users: Record<UserKey, TestUser>;
  children: Record<ChildKey, TestChild>;
  /** the open cases: inClass (caseworker, d1), districtCase (no caseworker, d1), other (caseworker2 + fosterCare, d2) */
  cases: { inClass: string; districtCase: string; other: string };
}

const PASSWORD = 'korrekt-hest-batteri';
let passwordHash: Promise<string> | undefined;

const USERS: Record<UserKey, { role: Role; districts: ('d1' | 'd2')[] }> = {
  admin: { role: 'admin', districts: [] },
  leader: { role: 'leader', districts: ['d1'] },
  front: { role: 'front', districts: [] },
  preventive: { role: 'preventive_worker', districts: ['d1'] },
  caseworker: { role: 'caseworker', districts: ['d1'] },
  caseworker2: { role: 'caseworker', districts: ['d2'] },
  fosterCare: { role: 'foster_care_consultant', districts: [] },
  analyst: { role: 'analyst', districts: [] },
  teacher: { role: 'professional', districts: [] },
  pedagogue: { role: 'professional', districts: [] },
  dpo: { role: 'data_protection_officer', districts: [] },
};

async function insertReturningId<T extends Parameters<Tx['insertInto']>[0]>(
  tx: Tx,
  table: T,
  values: Record<string, unknown>,
): Promise<string> {
  // biome-ignore lint/suspicious/noExplicitAny: one generic insert helper for fixture rows of every table
  const row = await (tx.insertInto(table) as any).values(values).returning('id').executeTakeFirstOrThrow();
  return row.id as string;
}

export async function createTestMunicipality(db: Db, label = 'test'): Promise<TestMunicipality> {
  passwordHash ??= hashPassword(PASSWORD);
  const hash = await passwordHash;
  const tag = `${label}-${randomBytes(4).toString('hex')}`.toLowerCase();
  const name = `Testkommune ${tag}`;
  return asSystem(db, 'test-fixture', async (tx) => {
    const m = await insertReturningId(tx, 'municipality', { code: tag, name });
    const base = { municipality_id: m };
    const d1 = await insertReturningId(tx, 'district', { ...base, name: 'Nord', socio_economic_index: 95 });
    const d2 = await insertReturningId(tx, 'district', { ...base, name: 'Syd', socio_economic_index: 108 });
    const school1 = await insertReturningId(tx, 'unit', {
      ...base,
      district_id: d1,
      kind: 'school',
      name: 'Nordskolen',
    });
    const school2 = await insertReturningId(tx, 'unit', {
      ...base,
      district_id: d2,
      kind: 'school',
      name: 'Sydskolen',
    });
    const daycare1 = await insertReturningId(tx, 'unit', {
      ...base,
      district_id: d1,
      kind: 'daycare',
      name: 'Børnehuset Nord',
    });
    const class1A = await insertReturningId(tx, 'group', { ...base, unit_id: school1, name: '1.A' });
    const class2A = await insertReturningId(tx, 'group', { ...base, unit_id: school2, name: '2.A' });
    const daycareGroup = await insertReturningId(tx, 'group', {
      ...base,
      unit_id: daycare1,
      name: 'Sommerfuglene',
    });

    const users = {} as Record<UserKey, TestUser>;
    for (const key of USER_KEYS) {
      const spec = USERS[key];
      const username = `${tag}-${key.toLowerCase()}`;
      const id = await insertReturningId(tx, 'app_user', {
        ...base,
        username,
        display_name: `Test ${key}`,
        role: spec.role,
        password_hash: hash,
      });
      for (const d of spec.districts) {
        await tx
          .insertInto('user_district')
          .values({ ...base, user_id: id, district_id: d === 'd1' ? d1 : d2 })
          .execute();
      }
      users[key] = { id, username, password: PASSWORD, role: spec.role };
    }
    await tx
      .insertInto('user_unit')
      .values({ ...base, user_id: users.teacher.id, unit_id: school1 })
      .execute();
    await tx
      .insertInto('user_group')
      .values({ ...base, user_id: users.teacher.id, group_id: class1A })
      .execute();
    await tx
      .insertInto('user_unit')
      .values({ ...base, user_id: users.pedagogue.id, unit_id: daycare1 })
      .execute();
    await tx
      .insertInto('user_group')
      .values({ ...base, user_id: users.pedagogue.id, group_id: daycareGroup })
      .execute();

    const specs: Record<ChildKey, { first: string; district: string; group?: string; birth: string }> = {
      inClass: { first: 'Alma', district: d1, group: class1A, birth: '2019-03-04' },
      inDaycare: { first: 'Bertram', district: d1, group: daycareGroup, birth: '2022-05-06' },
      districtCase: { first: 'Clara', district: d1, birth: '2014-07-08' },
      other: { first: 'Didrik', district: d2, group: class2A, birth: '2018-09-10' },
      unlinked: { first: 'Ella', district: d2, birth: '2011-11-12' },
    };
    const children = {} as Record<ChildKey, TestChild>;
    for (const key of CHILD_KEYS) {
      const spec = specs[key];
      const lastName = `Testesen${tag.replace(/[^a-z]/g, '').slice(-4)}`;
      const household = await insertReturningId(tx, 'household', {
        ...base,
        district_id: spec.district,
        address: `Testvej ${CHILD_KEYS.indexOf(key) + 1}`,
      });
      // Serials 100–104: fixed, distinct, and never a run of the birth date's own digits.
      const cpr = replacementCpr(spec.birth, 100 + CHILD_KEYS.indexOf(key));
      const id = await insertReturningId(tx, 'child', {
        ...base,
        cpr,
        first_name: spec.first,
        last_name: lastName,
        birth_date: spec.birth,
        household_id: household,
        district_id: spec.district,
      });
      if (spec.group)
        await tx
          .insertInto('enrolment')
          .values({ ...base, child_id: id, group_id: spec.group })
          .execute();
      const parent = await insertReturningId(tx, 'person', {
        ...base,
        first_name: 'Forælder',
        last_name: lastName,
        household_id: household,
        phone: '20 30 40 50',
      });
      await tx
        .insertInto('child_relation')
        .values({ ...base, child_id: id, person_id: parent, relation: 'mother', has_custody: true })
        .execute();
      children[key] = { id, firstName: spec.first, lastName, cpr };
    }
    const openCase = (
      childId: string,
      districtId: string,
      caseworker: string | null,
      fosterCare: string | null = null,
    ) =>
      tx
        .insertInto('cases')
        .values({
          ...base,
          child_id: childId,
          district_id: districtId,
          caseworker_id: caseworker,
          foster_care_consultant_id: fosterCare,
          opened_reason: 'Underretning fra skolen',
        })
        .returning('id')
        .executeTakeFirstOrThrow()
        .then((r) => r.id);
    const cases = {
      inClass: await openCase(children.inClass.id, d1, users.caseworker.id),
      districtCase: await openCase(children.districtCase.id, d1, null),
      other: await openCase(children.other.id, d2, users.caseworker2.id, users.fosterCare.id),
    };
    return { id: m, code: tag, name, districts: { d1, d2 }, users, children, cases };
  });
}

/**
 * `count` more children in a group of the test municipality, each with a household in district d1
 * and a replacement CPR unique within the municipality. Names sort after the fixture's Alma.
 */
export async function addChildrenToGroup(
  db: Db,
  municipality: TestMunicipality,
  groupId: string,
  count: number,
): Promise<string[]> {
  const base = { municipality_id: municipality.id };
  return asSystem(db, 'test-fixture', async (tx) => {
    const taken = await tx
      .selectFrom('child')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('municipality_id', '=', municipality.id)
      .executeTakeFirstOrThrow();
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const household = await insertReturningId(tx, 'household', {
        ...base,
        district_id: municipality.districts.d1,
        address: `Klassevej ${i + 1}`,
      });
      const birthDate = `2018-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
      const id = await insertReturningId(tx, 'child', {
        ...base,
        // Serials above the fixture's own keep every number distinct within the municipality.
        cpr: replacementCpr(birthDate, 500 + taken.n + i),
        first_name: `Elev${String(i + 1).padStart(2, '0')}`,
        last_name: 'Klassesen',
        birth_date: birthDate,
        household_id: household,
        district_id: municipality.districts.d1,
      });
      await tx
        .insertInto('enrolment')
        .values({ ...base, child_id: id, group_id: groupId })
        .execute();
      ids.push(id);
    }
    return ids;
  });
}
