import { createHash } from 'node:crypto';
import { base, da, Faker } from '@faker-js/faker';
import {
  addCalendarDays,
  copenhagenDateOf,
  isWorkingDay,
  receiptDueAt,
  screeningDueAt,
} from '../../core/calendar/index.ts';
import { Random } from '../random.ts';
import type { AppUserRow, ChildRow } from '../world/rows.ts';
import { HOUR_FORMAT, HOUR_MS, MINUTE_MS } from './calibration.ts';
import type { ReportRow, ScreeningRow } from './rows.ts';

/**
 * Reports about children Front could not identify when they came in, so Front's matching has
 * something to show (docs/intake.md, "The report"):
 * - a few of the year's reports registered by Front by name and birth date that did not single
 *   out one child (a birth date misheard on the phone, a surname misspelt), matched to the
 *   registry's child later by Front — the provisional identity is kept, with matched_at/by;
 * - three reports from the last day about children not in the registry (moved in, not yet
 *   registered): no child, no district, waiting in Front's queue to be screened and matched.
 * On a stream of its own, so every other row of the demo stays as it was.
 */

/** The year's reports made provisional and later matched. */
const MATCHED = 5;
/** Unknown children still in Front's queue. */
const UNMATCHED = 3;

/** Sources Front registers by phone or letter, where a child is named but not identified. */
const PHONED_IN = new Set(['police', 'hospital', 'citizen', 'anonymous', 'family_or_network', 'doctor']);

const UNMATCHED_TEXTS = [
  'Politiet har været kaldt ud til en lejlighed efter uro. Et barn på omkring 8 år var hjemme. Familien er flyttet til kommunen for nylig.',
  'En nabo ringer: en pige går alene hjem sent om aftenen og siger, at hun ikke må komme ind. Familien er ny i opgangen.',
  'Skadestuen oplyser, at en dreng er behandlet for et brud, og at forklaringen ikke hænger sammen. Familien har adresse i kommunen.',
] as const;

function inOfficeHours(at: Date): boolean {
  const hour = Number(HOUR_FORMAT.format(at));
  return isWorkingDay(copenhagenDateOf(at)) && hour >= 8 && hour < 16;
}

export function provisionalReports(input: {
  seed: number;
  today: string;
  cutoff: number;
  municipalityId: string;
  reports: ReportRow[];
  screenings: readonly ScreeningRow[];
  children: readonly ChildRow[];
  front: readonly AppUserRow[];
  onCall: AppUserRow;
  ids: Random;
}): ReportRow[] {
  const { seed, today, cutoff, municipalityId, reports, screenings, children, front, onCall, ids } = input;
  const random = new Random(`trappen-demo-intake-provisional:${seed}`);
  const childById = new Map(children.map((c) => [c.id, c]));
  const screenedAt = new Map(screenings.map((s) => [s.report_id, Date.parse(s.screened_at)]));

  // (1) Provisional at receipt, matched later by Front.
  const candidates = reports.filter(
    (r) => r.reporter_user_id === null && PHONED_IN.has(r.source) && screenedAt.has(r.id) && r.child_id,
  );
  for (let i = 0; i < MATCHED && candidates.length > 0; i++) {
    const r = candidates.splice(random.int(0, candidates.length - 1), 1)[0] as ReportRow;
    const child = childById.get(r.child_id ?? '');
    if (!child) continue;
    const misheard = i % 2 === 0;
    r.provisional_name = misheard
      ? `${child.first_name} ${child.last_name}`
      : `${child.first_name} ${child.last_name.slice(0, -1)}`;
    r.provisional_birth_date = misheard ? addCalendarDays(child.birth_date, 1) : child.birth_date;
    // Matched by Front after registering it, by the screening at the latest.
    const created = Date.parse(r.created_at);
    const screened = screenedAt.get(r.id) ?? created;
    const at = Math.min(screened, created + random.int(5, 90) * MINUTE_MS);
    r.matched_at = new Date(Math.max(at, created)).toISOString();
    r.matched_by = random.pick(front).id;
  }

  // (2) Children not in the registry, reported during the last day, not yet screened.
  const faker = new Faker({ locale: [da, base] });
  faker.seed([seed, 6]);
  const known = new Set(children.map((c) => `${c.first_name} ${c.last_name}|${c.birth_date}`.toLowerCase()));
  const unmatched: ReportRow[] = [];
  for (let i = 0; i < UNMATCHED; i++) {
    const sex = i % 2 === 0 ? 'male' : 'female';
    const name = `${faker.person.firstName(sex)} ${faker.person.lastName()}`;
    let birthDate = addCalendarDays(today, -random.int(4 * 365, 14 * 365));
    while (known.has(`${name}|${birthDate}`.toLowerCase())) birthDate = addCalendarDays(birthDate, 1);
    const receivedAt = new Date(
      cutoff - random.int(2 + i * 7, 7 + i * 7) * HOUR_MS - random.int(0, 59) * MINUTE_MS,
    );
    const source = (['police', 'citizen', 'hospital'] as const)[i % 3] ?? 'police';
    const text = UNMATCHED_TEXTS[i % UNMATCHED_TEXTS.length] as string;
    const idempotencyKey = `demo-intake-unknown-${String(i).padStart(2, '0')}`;
    const professional = source !== 'citizen';
    unmatched.push({
      municipality_id: municipalityId,
      id: ids.uuid(),
      child_id: null,
      provisional_name: name,
      provisional_birth_date: birthDate,
      matched_at: null,
      matched_by: null,
      district_id: null,
      source,
      reporter_kind: professional ? 'professional' : 'citizen',
      reporter_name: professional ? faker.person.fullName() : null,
      reporter_organisation:
        source === 'police' ? 'Politiet' : source === 'hospital' ? 'Akutmodtagelsen' : null,
      reporter_email: null,
      reporter_user_id: null,
      received_at: receivedAt.toISOString(),
      screening_due_at: screeningDueAt(receivedAt).toISOString(),
      receipt_due_at: professional ? receiptDueAt(receivedAt).toISOString() : null,
      acute: false,
      text,
      status: 'received',
      closed_at: null,
      created_by: (inOfficeHours(receivedAt) ? random.pick(front) : onCall).id,
      created_at: new Date(receivedAt.getTime() + random.int(2, 20) * MINUTE_MS).toISOString(),
      idempotency_key: idempotencyKey,
      request_hash: createHash('sha256')
        .update(`${idempotencyKey}:${name}:${birthDate}:${source}:${text}`)
        .digest('hex'),
    });
  }
  return unmatched;
}
