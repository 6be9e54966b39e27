import { base, da, Faker } from '@faker-js/faker';
import { positionChanges } from '../../core/casework/ladder.ts';
import { addCalendarMonths } from '../../core/casework/months.ts';
import type { Participant } from '../../store/schema-casework.ts';
import type { AreaInput } from '../context.ts';
import { timestampOn, toDate, toDay } from '../dates.ts';
import { Random } from '../random.ts';
import type { CaseProfile } from '../world/cases.ts';
import type { AppUserRow, CaseWorkColumns, UserDistrictRow } from '../world/rows.ts';
import { addCaseworkers, type Staff } from '../world/staff.ts';
import { writeCase } from './case.ts';
import { assessmentSampler, caseCourses } from './courses.ts';
import type { CaseInput } from './input.ts';
import type { CaseAssignmentRow, CaseworkBase, CaseworkData } from './rows.ts';
import { CASEWORK_TABLES } from './rows.ts';
import { type StoryMeasure, storyMeasures } from './story.ts';
import { moveReason } from './texts.ts';

/**
 * Three years of casework on Demo Kommune's cases (issue #6): assessments mostly in time, child
 * conversations and Signs of Safety, network maps and family meetings, plans with goals, measures
 * from the catalog up and down the ladder with their moves, follow-ups with progress ratings,
 * supervision visits, the journal, and who was responsible when. The cases district meetings
 * opened in the intake year get their assessment from the report's day; about three in ten close
 * after it. Streams of its own, after intake, so no row generated before changes.
 */

/** The new case-work columns of a case (and its caseworker), by case id. */
export type CaseUpdate = CaseWorkColumns & { caseworker_id: string | null };

export interface Casework {
  data: CaseworkData;
  users: AppUserRow[];
  userDistricts: UserDistrictRow[];
  caseUpdates: Map<string, CaseUpdate>;
}

/** Average open cases per caseworker the family teams are staffed for (local target 20). */
const PER_CASEWORKER = 22;

const weekday = (day: number) => (day + 4) % 7;

export function generateCasework(
  input: AreaInput,
  rows: CaseworkBase,
  profiles: ReadonlyMap<string, CaseProfile>,
  staff: Staff,
): Casework {
  const { seed, code, municipalityId } = input;
  const random = new Random(`trappen-demo-casework:${seed}`);
  const ids = new Random(`trappen-demo-casework-ids:${seed}:${code}`);
  const faker = new Faker({ locale: [da, base] });
  faker.seed([seed, 6]);
  const today = toDay(input.today);
  const childById = new Map(rows.child.map((c) => [c.id, c]));

  // 1. Where each case stands: its first assessment, its road, whether it closed (courses.ts).
  const sampleAssessment = assessmentSampler(random);
  const courses = caseCourses(input, rows, profiles, random, sampleAssessment);

  // 2. The family teams: enough caseworkers for about PER_CASEWORKER open cases each.
  const openCourses = courses.filter((p) => p.closeDay === null && !p.unassigned);
  const loads = rows.district.map((_, d) => openCourses.filter((p) => p.districtIndex === d).length);
  const added = addCaseworkers(municipalityId, rows.district, loads, PER_CASEWORKER, { ids, random, faker });
  const joined = new Map(added.users.map((u) => [u.id, today - random.int(90, 900)]));
  const team = rows.district.map((_, d) => [
    ...(staff.caseworkersByDistrict[d] ?? []),
    ...(added.byDistrict[d] ?? []),
  ]);
  const userName = new Map([...rows.app_user, ...added.users].map((u) => [u.id, u.display_name]));

  // 3. Who is responsible when: the final caseworker round-robin over the team, by opening.
  const timelines = new Map<string, { from: number; userId: string; reason: string }[]>();
  rows.district.forEach((_, d) => {
    const members = team[d] ?? [];
    const first = staff.caseworkersByDistrict[d] ?? [];
    const inDistrict = courses.filter((p) => p.districtIndex === d).sort((a, b) => a.opened - b.opened);
    let turn = random.int(0, members.length - 1);
    for (const p of inDistrict) {
      if (p.unassigned) continue;
      const assignedOn = p.opened + (p.intake ? random.int(1, 6) : 0);
      if (p.closeDay !== null) {
        const who = p.initialCaseworker ?? random.pick(first).id;
        timelines.set(p.caseId, [
          { from: assignedOn, userId: who, reason: 'Sagen er fordelt på teammødet.' },
        ]);
        continue;
      }
      const final = members[turn++ % members.length] as AppUserRow;
      const joinDay = joined.get(final.id) ?? 0;
      const initial = p.initialCaseworker ?? (joinDay <= assignedOn ? final.id : random.pick(first).id);
      const line = [{ from: assignedOn, userId: initial, reason: 'Sagen er fordelt på teammødet.' }];
      if (initial !== final.id) {
        const from = Math.max(joinDay, assignedOn + 30) + random.int(0, 30);
        line.push({
          from: Math.min(from, today - 3),
          userId: final.id,
          reason: 'Omfordeling af sager i familieteamet.',
        });
      }
      timelines.set(p.caseId, line);
    }
  });

  // 4. Each case's records.
  const data = Object.fromEntries(CASEWORK_TABLES.map((t) => [t, []])) as unknown as CaseworkData;
  const caseUpdates = new Map<string, CaseUpdate>();
  const relationsOf = new Map<string, typeof rows.child_relation>();
  for (const r of rows.child_relation)
    relationsOf.set(r.child_id, [...(relationsOf.get(r.child_id) ?? []), r]);
  const personById = new Map(rows.person.map((p) => [p.id, p]));
  for (const p of courses) {
    const child = childById.get(p.childId);
    if (!child) throw new Error(`Case ${p.caseId} names an unknown child`);
    const end = p.closeDay ?? today;
    const leader = staff.leadersByDistrict[p.districtIndex]?.id ?? p.createdBy ?? '';
    const line = timelines.get(p.caseId) ?? [];
    const caseworkerOn = (day: number) => {
      let who = line[0]?.userId ?? p.createdBy ?? leader;
      for (const l of line) if (l.from <= day) who = l.userId;
      return who;
    };
    const mainDone = p.completed ?? p.provisional;
    const first = mainDone === null ? end : mainDone + random.int(3, 21);
    const measures: StoryMeasure[] =
      p.kind === 'assessment' || p.unassigned || first >= end - 20
        ? []
        : storyMeasures({
            kind: p.kind,
            birthDate: child.birth_date,
            first,
            end,
            closes: p.closeDay !== null,
            offers: rows.offer,
            random,
            eighteenth: toDay(addCalendarMonths(child.birth_date, 18 * 12)),
          });
    const relations = relationsOf.get(child.id) ?? [];
    const named = (relation: string) =>
      relations
        .filter((r) => r.relation === relation)
        .map((r) => personById.get(r.person_id))
        .filter((x) => x !== undefined);
    const family: Participant[] = [
      ...named('mother').map((x) => ({ name: `${x.first_name} ${x.last_name}`, relation: 'Mor' })),
      ...named('father').map((x) => ({ name: `${x.first_name} ${x.last_name}`, relation: 'Far' })),
    ].slice(0, 2);
    const NETWORK: Record<string, string> = {
      grandparent: 'Bedsteforælder',
      aunt_uncle: 'Moster/faster/onkel',
      other_relative: 'Familie',
      friend_of_family: 'Ven af familien',
      neighbour: 'Nabo',
    };
    const network = relations
      .filter((r) => NETWORK[r.relation])
      .slice(0, 3)
      .flatMap((r) => {
        const x = personById.get(r.person_id);
        return x
          ? [
              {
                name: `${x.first_name} ${x.last_name}`,
                relation: NETWORK[r.relation] as string,
                phone: x.phone,
              },
            ]
          : [];
      });
    const placedNow = measures.some((s) => s.track === 'placement' && s.end === null);
    const everPlaced = measures.some((s) => s.track === 'placement');
    const consultant = everPlaced
      ? (p.fosterCareConsultant ?? random.pick(staff.fosterCareConsultants).id)
      : null;
    const forumRef = (start: number) => {
      let d = start - 3;
      while (weekday(d) !== 3) d -= 1;
      return `Anbringelsesudvalget ${toDate(d)}`;
    };
    const caseInput: CaseInput = {
      municipalityId,
      random,
      ids,
      faker,
      today,
      caseId: p.caseId,
      child,
      districtName: rows.district[p.districtIndex]?.name ?? '',
      opened: p.opened,
      end,
      closed: p.closeDay !== null,
      caseworkerOn,
      userName: (id) => userName.get(id) ?? 'Rådgiver',
      fosterCareConsultantId: consultant,
      assessments: [
        { aware: p.aware, completed: p.completed, provisional: p.provisional, main: true },
        ...p.extraAssessments
          .filter((aware) => aware > p.opened && aware < end)
          .map((aware) => ({ aware, ...sampleAssessment(aware, null), main: false })),
      ],
      measures,
      family,
      network,
      quiet: p.closeDay === null && !p.unassigned && random.chance(0.1),
      behind: p.closeDay === null && random.chance(0.1),
      flat: random.chance(0.15),
      noPlan: p.closeDay === null && random.chance(0.03),
      forumRef,
      minimal: p.unassigned,
    };
    writeCase(caseInput, data);

    // Ladder moves: every change of the highest active step, from the measures just written.
    const written = data.measure.filter((x) => x.case_id === p.caseId);
    for (const change of positionChanges(
      written.map((x) => ({ stepPosition: x.step_position, startOn: x.start_on, endedOn: x.ended_on })),
    )) {
      const cause =
        written.find((x) => x.start_on === change.on && x.step_position === change.to) ??
        written.find((x) => x.ended_on === change.on && x.step_position === change.from);
      const moved = toDay(change.on);
      data.ladder_move.push({
        municipality_id: municipalityId,
        id: ids.uuid(),
        child_id: child.id,
        case_id: p.caseId,
        measure_id: cause?.id ?? null,
        moved_on: change.on,
        from_position: change.from,
        to_position: change.to,
        direction: change.direction,
        reason: moveReason(change.from, change.to),
        forum_decision_ref:
          Math.max(change.from, change.to) >= 4 ? (cause?.forum_decision_ref ?? forumRef(moved)) : null,
        created_by: caseworkerOn(moved),
        created_at: timestampOn(moved, random),
      });
    }

    // Assignments: the caseworkers in turn, and the foster-care consultant while placed.
    const assignments: CaseAssignmentRow[] = line.map((l) => ({
      municipality_id: municipalityId,
      id: ids.uuid(),
      case_id: p.caseId,
      responsibility: 'caseworker',
      user_id: l.userId,
      assigned_by: leader,
      assigned_at: timestampOn(l.from, random),
      reason: l.reason,
    }));
    const placements = measures.filter((s) => s.track === 'placement' && s.main);
    if (consultant && placements[0]) {
      assignments.push({
        municipality_id: municipalityId,
        id: ids.uuid(),
        case_id: p.caseId,
        responsibility: 'foster_care_consultant',
        user_id: consultant,
        assigned_by: leader,
        assigned_at: timestampOn(placements[0].start, random),
        reason: 'Anbringelse: familieplejekonsulent tilknyttet.',
      });
      const lastEnd = placements.at(-1)?.end;
      if (!placedNow && lastEnd != null && lastEnd < today)
        assignments.push({
          municipality_id: municipalityId,
          id: ids.uuid(),
          case_id: p.caseId,
          responsibility: 'foster_care_consultant',
          user_id: null,
          assigned_by: leader,
          assigned_at: timestampOn(lastEnd, random),
          reason: 'Anbringelsen er ophørt.',
        });
    }
    data.case_assignment.push(...assignments);
    const finalCaseworker = p.unassigned ? null : (line.at(-1)?.userId ?? null);
    caseUpdates.set(p.caseId, {
      caseworker_id: finalCaseworker,
      foster_care_consultant_id: placedNow ? consultant : null,
      aware_on: toDate(p.aware),
      created_by: p.createdBy,
      version: 1 + assignments.length + (p.closeDay !== null ? 1 : 0),
      closed_at: p.closedAt,
      closed_reason: p.closedReason,
      close_reason_code: p.closeCode,
    });
  }
  return { data, users: added.users, userDistricts: added.userDistricts, caseUpdates };
}
