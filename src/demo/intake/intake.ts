import { createHash } from 'node:crypto';
import { base, da, Faker } from '@faker-js/faker';
import {
  addCalendarDays,
  addWorkingDays,
  copenhagenDateOf,
  copenhagenInstant,
  isWorkingDay,
  receiptDueAt,
  screeningDueAt,
} from '../../core/calendar/index.ts';
import { receiptText } from '../../core/intake/receipt.ts';
import { SOURCE_INFO } from '../../core/intake/sources.ts';
import { ageOn } from '../../core/people.ts';
import type { AreaInput } from '../context.ts';
import { Random } from '../random.ts';
import type { AppUserRow, ChildRow } from '../world/rows.ts';
import {
  AROUND_THE_CLOCK,
  CITIZEN_SOURCES,
  HOUR_FORMAT,
  MINUTE_MS,
  SCREENING_CLOSES,
  sourceWeights,
  UNIT_KIND,
} from './calibration.ts';
import { reporterFeedback } from './feedback.ts';
import { intakeLookups } from './lookups.ts';
import { districtMeetings } from './meetings.ts';
import { provisionalReports } from './provisional.ts';
import type { IntakeBase, IntakeData, ReceiptRow, ReportRow, ScreeningRow } from './rows.ts';
import { reportSubjects } from './subjects.ts';
import { ORGANISATIONS, REPORT_TEXTS, SCREENING_NOTES } from './texts.ts';

/**
 * A year of intake in Demo Kommune (issue #5): reports from schools, daycare, health, police,
 * hospitals, citizens and anonymous callers, at all hours; Front's screening (almost always within
 * 24 hours, some late); receipts to professional reporters; the weekly district meetings with
 * their decisions, the cases an assessment opened (or the open case it continued, as the server
 * does), and the feedback to professional reporters. Pure and deterministic; streams of its own,
 * so no row generated before it changes. Calibrated to domain.md: ≈ 1,300 reports a year about
 * ≈ 750 children per 13,000 children and young people.
 */

export function generateIntake(input: AreaInput, rows: IntakeBase): IntakeData {
  const { seed, code, today, municipalityId, name } = input;
  const random = new Random(`trappen-demo-intake:${seed}`);
  const ids = new Random(`trappen-demo-intake-ids:${seed}:${code}`);
  const faker = new Faker({ locale: [da, base] });
  faker.seed([seed, 5]);
  const cutoff = copenhagenInstant(today, 0, 0, 0, 0).getTime();
  const firstDay = addCalendarDays(today, -365);

  const { front, onCall, districtUsers, userById, unitById, groupUnit, groupOwners, childGroups } =
    intakeLookups(rows);

  const subjects = reportSubjects(rows, today, firstDay, random);
  const foundationCase = new Map(rows.cases.map((c) => [c.child_id, c]));

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
      provisional_name: null,
      provisional_birth_date: null,
      matched_at: null,
      matched_by: null,
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
  // A few reports named a child Front could not identify at once; three from the last day still wait.
  reports.push(
    ...provisionalReports({
      seed,
      today,
      cutoff,
      municipalityId,
      reports,
      screenings,
      children: rows.child,
      front,
      onCall,
      ids: new Random(`trappen-demo-intake-provisional-ids:${seed}:${code}`),
    }),
  );
  reports.sort((a, b) => a.received_at.localeCompare(b.received_at) || a.id.localeCompare(b.id));

  // The weekly district meetings: each district on its own weekday at 10:00, skipped on holidays.
  const { meetings, decisions, intakeCases } = districtMeetings({
    reports,
    districts: rows.district,
    districtUsers,
    screeningOf,
    foundationCase,
    front,
    random,
    ids,
    firstDay,
    today,
    cutoff,
    municipalityId,
  });

  const feedback = reporterFeedback({ reports, decisions, front, random, ids, cutoff, municipalityId, name });
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
