import { createHash } from 'node:crypto';
import { base, da, Faker } from '@faker-js/faker';
import {
  addCalendarDays,
  addWorkingDays,
  type CalendarDate,
  copenhagenDateOf,
  copenhagenInstant,
  isWorkingDay,
  receiptDueAt,
  screeningDueAt,
  weekdayOf,
} from '../core/calendar/index.ts';
import { feedbackText, receiptText } from '../core/intake/receipt.ts';
import { type MeetingDecision, type ReportSource, SOURCE_INFO } from '../core/intake/sources.ts';
import { ageOn } from '../core/people.ts';
import { DECISION_REASONS, ORGANISATIONS, REPORT_TEXTS, SCREENING_NOTES } from './intake-texts.ts';
import type {
  DistrictMeetingRow,
  IntakeCaseRow,
  IntakeData,
  MeetingDecisionRow,
  ReceiptRow,
  ReporterFeedbackRow,
  ReportRow,
  ScreeningRow,
} from './intake-types.ts';
import { Random } from './random.ts';
import type { AppUserRow, ChildRow, DemoData, DemoInput } from './types.ts';

/**
 * A year of intake in Demo Kommune (issue #5): reports from schools, daycare, health, police,
 * hospitals, citizens and anonymous callers, at all hours; Front's screening (almost always within
 * 24 hours, some late); receipts to professional reporters; the weekly district meetings with
 * their decisions, the cases an assessment opened (or the open case it continued, as the server
 * does), and the feedback to professional reporters. Pure and deterministic; streams of its own,
 * so no row generated before it changes. Calibrated to domain.md: ≈ 1,300 reports a year about
 * ≈ 750 children per 13,000 children and young people.
 */

export type IntakeBase = Pick<
  DemoData,
  | 'district'
  | 'unit'
  | 'group'
  | 'child'
  | 'enrolment'
  | 'app_user'
  | 'user_district'
  | 'user_group'
  | 'cases'
>;

const REPORTS_PER_CHILD = 1_300 / 13_000;
const CHILDREN_PER_CHILD = 750 / 13_000;
const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

/** A source's weight by the child's age; professional daytime sources report on working days. */
function sourceWeights(age: number): [ReportSource, number][] {
  return [
    ['school', age >= 6 ? 30 : 0],
    ['daycare', age < 6 ? 40 : 0],
    ['club', age >= 6 && age <= 13 ? 2.5 : 0],
    ['health_visitor', age < 1 ? 30 : age < 6 ? 4 : 0],
    ['doctor', 3],
    ['hospital', age < 1 ? 20 : 6],
    ['psychiatry', age >= 10 ? 4 : 0.5],
    ['dental', 1],
    ['police', age >= 12 ? 22 : 10],
    ['social_services', 5],
    ['other_professional', 4],
    ['parent', 5],
    ['family_or_network', 4],
    ['citizen', 4],
    ['anonymous', 5],
    ['child', age >= 10 ? 2 : 0],
    ['other', 0.5],
  ];
}

/** Sources that report at any hour (police, hospitals, emergency psychiatry). */
const AROUND_THE_CLOCK = new Set<ReportSource>(['police', 'hospital', 'psychiatry']);
const CITIZEN_SOURCES = new Set<ReportSource>(['parent', 'family_or_network', 'citizen', 'child', 'other']);
const UNIT_KIND: Partial<Record<ReportSource, string>> = {
  school: 'school',
  daycare: 'daycare',
  club: 'club',
};

const HOUR_FORMAT = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Copenhagen',
  hour: '2-digit',
  hourCycle: 'h23',
});

const SCREENING_CLOSES = new Set(['existing_case', 'no_action']);

export function generateIntake(input: DemoInput & { municipalityId: string }, rows: IntakeBase): IntakeData {
  const { seed, code, today, municipalityId, name } = input;
  const random = new Random(`trappen-demo-intake:${seed}`);
  const ids = new Random(`trappen-demo-intake-ids:${seed}:${code}`);
  const faker = new Faker({ locale: [da, base] });
  faker.seed([seed, 5]);
  const cutoff = copenhagenInstant(today, 0, 0, 0, 0).getTime();
  const firstDay = addCalendarDays(today, -365);

  const byRole = (role: string) => rows.app_user.filter((u) => u.role === role);
  const front = byRole('front');
  if (front.length === 0) throw new Error('Demo Kommune has no Front user');
  const onCall = front.find((u) => u.on_call) ?? (front[0] as AppUserRow);
  const districtUsers = new Map<string, AppUserRow[]>();
  const userById = new Map(rows.app_user.map((u) => [u.id, u]));
  for (const ud of rows.user_district) {
    const u = userById.get(ud.user_id);
    if (!u) continue;
    const list = districtUsers.get(ud.district_id) ?? [];
    list.push(u);
    districtUsers.set(ud.district_id, list);
  }

  // Who could report from the child's own school, daycare or club: the owners of its groups.
  const unitById = new Map(rows.unit.map((u) => [u.id, u]));
  const groupUnit = new Map(rows.group.map((g) => [g.id, g.unit_id]));
  const groupOwners = new Map<string, string[]>();
  for (const ug of rows.user_group) {
    const list = groupOwners.get(ug.group_id) ?? [];
    list.push(ug.user_id);
    groupOwners.set(ug.group_id, list);
  }
  const childGroups = new Map<string, string[]>();
  for (const e of rows.enrolment) {
    const list = childGroups.get(e.child_id) ?? [];
    list.push(e.group_id);
    childGroups.set(e.child_id, list);
  }

  // The children reported about: more where the socio-economic index is low, more with a case.
  const index = new Map(rows.district.map((d) => [d.id, d.socio_economic_index]));
  const foundationCase = new Map(rows.cases.map((c) => [c.child_id, c]));
  const minors = rows.child.filter((c) => ageOn(c.birth_date, today) < 18 && c.birth_date < firstDay);
  const childCount = Math.round(rows.child.length * CHILDREN_PER_CHILD);
  const reportCount = Math.round(rows.child.length * REPORTS_PER_CHILD);
  const weightOf = (c: ChildRow) =>
    (200 - (index.get(c.district_id) ?? 100)) * (foundationCase.has(c.id) ? 6 : 1) * random.float();
  const reported = minors
    .map((c) => ({ c, w: weightOf(c) }))
    .sort((a, b) => b.w - a.w)
    .slice(0, childCount)
    .map((x) => x.c);
  // Every chosen child once; the rest again, mostly the first fifth (repeated reports get linked).
  const subjects: ChildRow[] = [...reported];
  const repeaters = reported.slice(0, Math.max(1, Math.round(reported.length / 5)));
  while (subjects.length < reportCount) {
    subjects.push(random.chance(0.7) ? random.pick(repeaters) : random.pick(reported));
  }

  const reports: ReportRow[] = [];
  const screenings: ScreeningRow[] = [];
  const receipts: ReceiptRow[] = [];
  const screeningOf = new Map<string, ScreeningRow>();

  for (let n = 0; n < subjects.length; n++) {
    const child = subjects[n] as ChildRow;
    let day = addCalendarDays(firstDay, random.int(0, 364));
    const age = ageOn(child.birth_date, day);
    const source = random.weighted(sourceWeights(age));
    const info = SOURCE_INFO[source];
    // Professional daytime sources mostly write on working days in working hours.
    let hour: number;
    if (AROUND_THE_CLOCK.has(source)) {
      hour = random.chance(0.45)
        ? random.int(8, 15)
        : random.pick([0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23]);
    } else if (info.professional) {
      if (!isWorkingDay(day) && random.chance(0.9)) {
        while (!isWorkingDay(day)) day = addCalendarDays(day, -1);
      }
      hour = random.chance(0.92) ? random.int(8, 15) : random.int(16, 21);
    } else {
      hour = random.chance(0.5) ? random.int(9, 16) : random.int(17, 23);
    }
    const receivedAt = copenhagenInstant(day, hour, random.int(0, 59), random.int(0, 59), 0);
    if (receivedAt.getTime() >= cutoff) continue;
    const acute = random.chance(AROUND_THE_CLOCK.has(source) ? 0.15 : 0.03);

    // The reporter: a professional of the child's own unit from their own pages, or Front on
    // behalf of anyone else.
    let reporterUser: AppUserRow | undefined;
    const kind = UNIT_KIND[source];
    if (kind && random.chance(0.6)) {
      const owners = (childGroups.get(child.id) ?? [])
        .filter((g) => unitById.get(groupUnit.get(g) ?? '')?.kind === kind)
        .flatMap((g) => groupOwners.get(g) ?? []);
      const ownerId = owners.length > 0 ? random.pick(owners) : undefined;
      reporterUser = ownerId ? userById.get(ownerId) : undefined;
    }
    const unitName = (childGroups.get(child.id) ?? [])
      .map((g) => unitById.get(groupUnit.get(g) ?? ''))
      .find((u) => u?.kind === kind)?.name;
    const reporterKind = info.professional
      ? 'professional'
      : source === 'anonymous'
        ? 'anonymous'
        : 'citizen';
    let reporterName: string | null = null;
    let organisation: string | null = null;
    let email: string | null = null;
    if (reporterUser) {
      reporterName = reporterUser.display_name;
      organisation = unitName ?? null;
      email = `${reporterUser.username}@demo.trappen.dk`;
    } else if (reporterKind === 'professional') {
      reporterName = faker.person.fullName();
      organisation = unitName ?? random.pick(ORGANISATIONS[source] ?? ['Ukendt arbejdsplads']);
      email = random.chance(0.8)
        ? `${faker.string.alpha({ length: 6, casing: 'lower' })}@${source.replaceAll('_', '-')}.example.dk`
        : null;
    } else if (CITIZEN_SOURCES.has(source) && random.chance(0.7)) {
      reporterName = faker.person.fullName();
    }
    const createdBy =
      reporterUser ?? (hour >= 8 && hour < 16 && isWorkingDay(day) ? random.pick(front) : onCall);
    const createdAt = reporterUser
      ? receivedAt
      : new Date(receivedAt.getTime() + random.int(1, 25) * MINUTE_MS);
    const id = ids.uuid();
    const text = random.pick(REPORT_TEXTS[source] ?? REPORT_TEXTS.other ?? ['Bekymring for barnet.']);
    const receiptDue = reporterKind === 'professional' ? receiptDueAt(receivedAt) : null;
    const idempotencyKey = `demo-intake-${String(n).padStart(5, '0')}`;
    const report: ReportRow = {
      municipality_id: municipalityId,
      id,
      child_id: child.id,
      district_id: child.district_id,
      source,
      reporter_kind: reporterKind,
      reporter_name: reporterName,
      reporter_organisation: organisation,
      reporter_email: email,
      reporter_user_id: reporterUser?.id ?? null,
      received_at: receivedAt.toISOString(),
      screening_due_at: screeningDueAt(receivedAt).toISOString(),
      receipt_due_at: receiptDue?.toISOString() ?? null,
      acute,
      text,
      status: 'received',
      closed_at: null,
      created_by: createdBy.id,
      created_at: createdAt.toISOString(),
      idempotency_key: idempotencyKey,
      request_hash: createHash('sha256')
        .update(`${idempotencyKey}:${child.id}:${source}:${text}`)
        .digest('hex'),
    };
    reports.push(report);

    // Screening: acute within hours; otherwise the same working day, or by the on-call worker
    // during nights and weekends; about 3 % late.
    const late = random.chance(0.03);
    const delayMs = acute
      ? random.int(15, 180) * MINUTE_MS
      : late
        ? random.int(25 * 60, 60 * 60) * MINUTE_MS
        : random.int(30, 22 * 60) * MINUTE_MS;
    const screenedAt = new Date(receivedAt.getTime() + delayMs);
    if (screenedAt.getTime() >= cutoff) continue;
    const existing = foundationCase.get(child.id);
    const hasCase = existing !== undefined && Date.parse(existing.opened_at) < screenedAt.getTime();
    const danger = acute || random.chance(0.4);
    const urgent = acute && random.chance(0.6);
    const decision = urgent
      ? 'urgent_action'
      : hasCase && random.chance(0.6)
        ? 'existing_case'
        : random.chance(0.14)
          ? 'no_action'
          : 'district_meeting';
    const local = copenhagenDateOf(screenedAt);
    const screenedHour = Number(HOUR_FORMAT.format(screenedAt));
    const screener =
      isWorkingDay(local) && screenedHour >= 8 && screenedHour < 16 ? random.pick(front) : onCall;
    const screening: ScreeningRow = {
      municipality_id: municipalityId,
      id: ids.uuid(),
      report_id: id,
      health_or_development_in_danger: danger,
      urgent_measures_needed: urgent,
      decision,
      notes:
        decision === 'no_action'
          ? random.pick(SCREENING_NOTES.no_action)
          : decision === 'existing_case'
            ? random.pick(SCREENING_NOTES.existing_case)
            : random.chance(0.5)
              ? random.pick(SCREENING_NOTES.other)
              : null,
      screened_by: screener.id,
      screened_at: screenedAt.toISOString(),
    };
    screenings.push(screening);
    screeningOf.set(id, screening);
    if (SCREENING_CLOSES.has(decision)) {
      report.status = 'closed';
      report.closed_at = screening.screened_at;
    } else {
      report.status = 'screened';
    }

    // Receipt: mostly within 1–4 working days, about 6 % after the deadline.
    if (receiptDue) {
      const lateReceipt = random.chance(0.06);
      const onDay = addWorkingDays(
        copenhagenDateOf(receivedAt),
        lateReceipt
          ? random.int(7, 10)
          : random.weighted([
              [1, 40],
              [2, 30],
              [3, 15],
              [4, 8],
              [5, 4],
              [6, 3],
            ] as const),
      );
      const sentAt = copenhagenInstant(onDay, random.int(8, 15), random.int(0, 59), 0, 0);
      if (sentAt.getTime() < cutoff) {
        receipts.push({
          municipality_id: municipalityId,
          id: ids.uuid(),
          report_id: id,
          text: receiptText({
            reporterName,
            organisation,
            receivedAt,
            reference: id.slice(0, 8).toUpperCase(),
            municipalityName: name,
          }),
          channel: reporterUser
            ? 'in_app'
            : email
              ? 'email'
              : random.pick(['digital_post', 'letter'] as const),
          sent_at: sentAt.toISOString(),
          sent_by: random.pick(front).id,
        });
      }
    }
  }
  reports.sort((a, b) => a.received_at.localeCompare(b.received_at) || a.id.localeCompare(b.id));

  // The weekly district meetings: each district on its own weekday at 10:00, skipped on holidays.
  const meetings: DistrictMeetingRow[] = [];
  const decisions: MeetingDecisionRow[] = [];
  const intakeCases: IntakeCaseRow[] = [];
  const openIntakeCase = new Map<string, IntakeCaseRow>();
  const decidedAt = new Map<string, string>();
  const pending = new Map<string, ReportRow[]>();
  for (const r of reports) {
    if (r.status !== 'screened') continue;
    const list = pending.get(r.district_id) ?? [];
    list.push(r);
    pending.set(r.district_id, list);
  }
  rows.district.forEach((district, d) => {
    const weekday = 2 + (d % 3); // Tuesday, Wednesday or Thursday
    const staff = districtUsers.get(district.id) ?? [];
    const preventive = staff.filter((u) => u.role === 'preventive_worker');
    const caseworkers = staff.filter((u) => u.role === 'caseworker');
    let queue = pending.get(district.id) ?? [];
    let on = firstDay;
    while (weekdayOf(on) !== weekday) on = addCalendarDays(on, 1);
    for (; on < today; on = addCalendarDays(on, 7)) {
      if (!isWorkingDay(on)) continue;
      const start = copenhagenInstant(on, 10, 0, 0, 0);
      if (start.getTime() >= cutoff) break;
      const chair = random.pick(front);
      const participants = [
        { userId: chair.id, name: chair.display_name, role: 'front' },
        ...preventive
          .slice(0, 1)
          .map((u) => ({ userId: u.id, name: u.display_name, role: 'preventive_worker' })),
        ...(caseworkers.length > 0 ? [random.pick(caseworkers)] : []).map((u) => ({
          userId: u.id,
          name: u.display_name,
          role: 'caseworker',
        })),
      ];
      const agenda = queue.filter(
        (r) => Date.parse(screeningOf.get(r.id)?.screened_at ?? '') < start.getTime(),
      );
      queue = queue.filter((r) => !agenda.includes(r));
      const meetingId = ids.uuid();
      let at = start.getTime();
      for (const r of agenda) {
        at += random.int(4, 12) * MINUTE_MS;
        const decidedIso = new Date(at).toISOString();
        const urgent = screeningOf.get(r.id)?.decision === 'urgent_action';
        let decision: MeetingDecision = urgent
          ? 'assessment'
          : random.weighted([
              ['assessment', 30],
              ['clarification', 20],
              ['preventive', 30],
              ['no_action', 20],
            ] as const);
        let caseId: string | null = null;
        let reasons = random.pick(DECISION_REASONS[decision]);
        if (decision === 'assessment') {
          // As the server: the child's open case continues; otherwise the meeting opens one. A
          // foundation case opened only later would overlap an opened one: decide on a
          // clarification instead, so each child has at most one open case.
          const own = foundationCase.get(r.child_id);
          const intake = openIntakeCase.get(r.child_id);
          if (own && Date.parse(own.opened_at) <= at) caseId = own.id;
          else if (intake) caseId = intake.id;
          else if (own) {
            decision = 'clarification';
            reasons = random.pick(DECISION_REASONS.clarification);
          } else {
            const opened: IntakeCaseRow = {
              municipality_id: municipalityId,
              id: ids.uuid(),
              child_id: r.child_id,
              district_id: district.id,
              caseworker_id: null,
              opened_at: decidedIso,
              opened_reason: `Børnefaglig undersøgelse besluttet på distriktsmøde ${on}: ${reasons}`.slice(
                0,
                2000,
              ),
              responsible_team: 'family_team',
            };
            intakeCases.push(opened);
            openIntakeCase.set(r.child_id, opened);
            caseId = opened.id;
          }
        }
        decisions.push({
          municipality_id: municipalityId,
          id: ids.uuid(),
          meeting_id: meetingId,
          report_id: r.id,
          decision,
          reasons,
          case_id: caseId,
          decided_by: chair.id,
          decided_at: decidedIso,
        });
        r.status = 'closed';
        r.closed_at = decidedIso;
        decidedAt.set(r.id, decidedIso);
      }
      const closedAt = new Date(at + random.int(15, 45) * MINUTE_MS);
      meetings.push({
        municipality_id: municipalityId,
        id: meetingId,
        district_id: district.id,
        held_on: on,
        participants,
        chaired_by: chair.id,
        closed_at: closedAt.getTime() < cutoff ? closedAt.toISOString() : null,
        created_at: new Date(start.getTime() - random.int(1, 3) * 24 * HOUR_MS).toISOString(),
      });
    }
  });

  // Feedback to professional reporters once a report is decided: whether an assessment started.
  const decisionOf = new Map(decisions.map((d) => [d.report_id, d]));
  const feedback: ReporterFeedbackRow[] = [];
  for (const r of reports) {
    if (r.reporter_kind !== 'professional' || r.status !== 'closed' || !r.closed_at) continue;
    if (!random.chance(0.9)) continue;
    const sentOn = addWorkingDays(copenhagenDateOf(new Date(r.closed_at)), random.int(1, 5));
    const sentAt = copenhagenInstant(sentOn, random.int(8, 15), random.int(0, 59), 0, 0);
    if (sentAt.getTime() >= cutoff) continue;
    const outcome = decisionOf.get(r.id)?.decision === 'assessment' ? 'assessment' : 'none';
    feedback.push({
      municipality_id: municipalityId,
      id: ids.uuid(),
      report_id: r.id,
      outcome,
      text: feedbackText({
        reporterName: r.reporter_name,
        organisation: r.reporter_organisation,
        receivedAt: new Date(r.received_at),
        reference: r.id.slice(0, 8).toUpperCase(),
        municipalityName: name,
        outcome,
      }),
      sent_at: sentAt.toISOString(),
      sent_by: random.pick(front).id,
    });
  }
  return {
    report: reports,
    screening: screenings,
    receipt: receipts,
    district_meeting: meetings,
    intake_case: intakeCases,
    meeting_decision: decisions,
    reporter_feedback: feedback,
  };
}

/** For tests: the Copenhagen calendar day of an ISO instant. */
export function copenhagenDay(iso: string): CalendarDate {
  return copenhagenDateOf(new Date(iso));
}
