import { generateCases } from './cases.ts';
import { demoOfferRows } from './catalog.ts';
import { createContext } from './context.ts';
import { isDate } from './dates.ts';
import { generateDetection } from './detection.ts';
import { generateEnrolments } from './enrol.ts';
import { generateIntake } from './intake.ts';
import { generatePeople } from './people.ts';
import { generatePlaces } from './places.ts';
import { generateStaff } from './staff.ts';
import type { DemoData, DemoInput } from './types.ts';

export type { DemoData, DemoInput } from './types.ts';

/**
 * Demo Kommune as plain rows, a pure function of its input: the same seed, day, code and name give
 * byte-identical data (names from a seeded Danish faker, everything else from a seeded PRNG, ids
 * included). The parts run in a fixed order because they share the random streams.
 */
export function generateDemo({ seed, today, code, name }: DemoInput): DemoData {
  if (!Number.isInteger(seed)) throw new Error(`seed must be an integer, got ${seed}`);
  if (!isDate(today)) throw new Error(`today must be a date as YYYY-MM-DD, got "${today}"`);
  const ctx = createContext(seed, code, today);
  const places = generatePlaces(ctx);
  const people = generatePeople(ctx, places);
  const enrolments = generateEnrolments(ctx, places, people.placements);
  const staff = generateStaff(ctx, places, enrolments);
  const cases = generateCases(ctx, places, people.children, staff);
  // Last, so the catalog's ids come after every other id of the stream and change none of them.
  const offers = demoOfferRows(ctx.municipalityId, () => ctx.ids.uuid());
  const base = {
    district: places.districts.map((d) => d.district),
    unit: places.units,
    group: enrolments.groups,
    child: people.children,
    enrolment: enrolments.enrolments,
    person: people.persons,
    child_relation: people.relations,
    app_user: staff.users,
    user_district: staff.userDistricts,
    user_unit: staff.userUnits,
    user_group: staff.userGroups,
    cases,
    offer: offers,
  };
  // After everything else, on streams of its own: the rows above stay as they were without it.
  const detection = generateDetection(
    { seed, today, code, name, municipalityId: ctx.municipalityId },
    places,
    enrolments,
    base,
  );
  const app_user = [...staff.users, ...detection.staff.users];
  const user_group = [...staff.userGroups, ...detection.staff.userGroups];
  // After detection, on streams of its own again: reports, screenings, meetings and their cases.
  const intake = generateIntake(
    { seed, today, code, name, municipalityId: ctx.municipalityId },
    { ...base, app_user, user_group },
  );
  return {
    municipality: [{ id: ctx.municipalityId, code, name, is_demo: true }],
    household: people.households,
    ...base,
    app_user,
    user_unit: [...staff.userUnits, ...detection.staff.userUnits],
    user_group,
    ...detection.data,
    ...intake,
  };
}
