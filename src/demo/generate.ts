import { generateCasework } from './casework/casework.ts';
import { familyContacts } from './casework/contacts.ts';
import { demoOfferRows } from './catalog/catalog.ts';
import { createContext, type DemoInput } from './context.ts';
import type { DemoData } from './data.ts';
import { isDate } from './dates.ts';
import { generateDetection } from './detection/detection.ts';
import { generateDocuments } from './documents/documents.ts';
import { generateForums } from './forums/forums.ts';
import { generateIntake } from './intake/intake.ts';
import { generateCases, generateClosedCases } from './world/cases.ts';
import { generateEnrolments } from './world/enrolments.ts';
import { generatePeople } from './world/people.ts';
import { generatePlaces } from './world/places.ts';
import { generateStaff } from './world/staff.ts';

export type { DemoInput } from './context.ts';
export type { DemoData } from './data.ts';

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
  const foundation = generateCases(ctx, places, people.children, staff);
  // The open cases: detection and intake see these, as the server would on the day.
  const cases = foundation.rows;
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
  // Then cases closed in the three years, for children the intake year never met, and the
  // casework on every case: streams of their own again, so nothing above changes.
  const input = { seed, today, code, name, municipalityId: ctx.municipalityId };
  const taken = new Set([
    ...cases.map((c) => c.child_id),
    ...intake.intake_case.map((c) => c.child_id),
    ...intake.report.flatMap((r) => (r.child_id ? [r.child_id] : [])),
  ]);
  const closed = generateClosedCases(input, places, people.children, taken, staff);
  const casework = generateCasework(
    input,
    {
      ...base,
      app_user,
      cases: [...cases, ...closed],
      report: intake.report,
      meeting_decision: intake.meeting_decision,
      intake_case: intake.intake_case,
    },
    foundation.profiles,
    staff,
  );
  const update = <Row extends { id: string }>(row: Row) => ({ ...row, ...casework.caseUpdates.get(row.id) });
  const intakeCases = intake.intake_case.map((c) => {
    const u = casework.caseUpdates.get(c.id);
    if (!u) throw new Error(`No case work for the case ${c.id}`);
    return { ...c, ...u };
  });
  // Last of all, so its ids come after every other id and change none of them.
  const leaderOf = new Map(
    places.districts.map((d, i) => [d.district.id, staff.leadersByDistrict[i]?.id ?? '']),
  );
  const contacts = familyContacts(
    [...[...cases, ...closed].map(update), ...intakeCases],
    people.children,
    (districtId) => leaderOf.get(districtId) ?? '',
    () => ctx.ids.uuid(),
    ctx.municipalityId,
  );
  const withContact = new Map(contacts.cases.map((c) => [c.id, c]));
  const contactOf = <Row extends { id: string }>(row: Row) => ({ ...row, ...withContact.get(row.id) });
  const allCases = [...[...cases, ...closed].map(update).map(contactOf), ...intakeCases.map(contactOf)];
  // The forums after everything, on streams of their own: they decide the gated measures.
  const forums = generateForums(
    input,
    {
      district: base.district,
      child: base.child,
      app_user: [...app_user, ...casework.users],
      user_district: [...staff.userDistricts, ...casework.userDistricts],
      cases: allCases,
      offer: offers,
      measure: casework.data.measure,
      follow_up: casework.data.follow_up,
      child_conversation: casework.data.child_conversation,
      family_meeting: casework.data.family_meeting,
    },
    staff,
  );
  const decided = <Row extends { id: string }>(row: Row) => ({
    ...row,
    ...forums.measureUpdates.get(row.id),
  });
  const measure = casework.data.measure.map(decided);
  // The documents last, on streams of their own: the decisions of the measures as the forums left them.
  const documents = generateDocuments(input, {
    household: people.households,
    child: base.child,
    person: base.person,
    child_relation: base.child_relation,
    app_user: [...app_user, ...casework.users],
    cases: allCases,
    offer: offers,
    measure,
    plan: casework.data.plan,
    plan_goal: casework.data.plan_goal,
  });
  return {
    municipality: [{ id: ctx.municipalityId, code, name, is_demo: true }],
    household: people.households,
    ...base,
    cases: [...cases, ...closed].map(update).map(contactOf),
    app_user: [...app_user, ...casework.users],
    user_district: [...staff.userDistricts, ...casework.userDistricts],
    user_unit: [...staff.userUnits, ...detection.staff.userUnits],
    user_group,
    ...detection.data,
    ...intake,
    intake_case: intakeCases.map(contactOf),
    ...casework.data,
    measure,
    case_assignment: [...casework.data.case_assignment, ...contacts.assignments],
    ...forums.data,
    ...documents,
  };
}
