import type { ReportCreateRequest } from '../core/api/intake.ts';
import { ageOn } from '../core/people.ts';
import type { DemoData } from '../demo/data.ts';
import { Random } from '../demo/random.ts';
import { Session, summary } from './bench-http.ts';

/**
 * Intake under load (issue #5), on Demo Kommune's year of reports:
 * - server time of Front's queue (`GET /api/intake/queue`) and the leader's supervision
 *   (`GET /api/supervision/intake`), p50/p95/max; the target is a p95 under 30 ms;
 * - a burst of 200 reports sent at once (`POST /api/reports`, each with its own idempotency
 *   key) with a few retries of the same key mixed in and a few more after: afterwards exactly
 *   200 new reports must be in Front's queue — none lost, none twice — and the retries must have
 *   answered with the report they repeat. Throughput in reports per second.
 */
const READS = 200;
const WARM_UP = 10;
const BURST = 200;
/** Retries of an earlier request with the same key: sent with the burst, and after it. */
const RETRIES_IN_BURST = 10;
const RETRIES_AFTER = 5;

type Body = ReportCreateRequest;

/** Reports as Front registers them all day: police, hospitals, citizens, anonymous callers, a few unknown children. */
function reportBodies(demo: DemoData, today: string, run: string): Body[] {
  const random = new Random(`trappen-bench-intake:${run}`);
  const minors = demo.child.filter((c) => ageOn(c.birth_date, today) < 18);
  return Array.from({ length: BURST }, (_, i): Body => {
    const key = `bench-intake-${run}-${String(i).padStart(3, '0')}`;
    const child = random.pick(minors);
    const kind = random.weighted([
      ['police', 0.4],
      ['hospital', 0.2],
      ['citizen', 0.25],
      ['anonymous', 0.1],
      ['unknown', 0.05],
    ] as const);
    const base = { idempotencyKey: key, acute: random.chance(0.1) };
    switch (kind) {
      case 'police':
      case 'hospital':
        return {
          ...base,
          childId: child.id,
          source: kind,
          reporter: {
            kind: 'professional',
            organisation: kind === 'police' ? 'Politiet' : 'Regionshospitalet',
          },
          text: 'Bench: underretning modtaget telefonisk og registreret af Modtagelsen.',
        };
      case 'citizen':
        return {
          ...base,
          childId: child.id,
          source: 'citizen',
          reporter: { kind: 'citizen', name: 'Bench Borger' },
          text: 'Bench: en nabo er bekymret for barnet.',
        };
      case 'anonymous':
        return {
          ...base,
          childId: child.id,
          source: 'anonymous',
          reporter: { kind: 'anonymous' },
          text: 'Bench: anonym henvendelse om barnet.',
        };
      default:
        // 'unknown': a child known only by name and birth date (provisional until matched).
        return {
          ...base,
          child: { name: `Bench Ukendt ${i}`, birthDate: '2016-05-04' },
          source: 'police',
          reporter: { kind: 'professional', organisation: 'Politiet' },
          text: 'Bench: barnet kendes kun af navn og fødselsdato.',
        };
    }
  });
}

async function timedReads(session: Session, path: string, reads = READS) {
  for (let i = 0; i < WARM_UP; i++) {
    const res = await session.get(path);
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
  }
  const samples: number[] = [];
  let items = 0;
  for (let i = 0; i < reads; i++) {
    const res = await session.get(path);
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    samples.push(res.ms);
    items = countItems(res.body);
  }
  return { items, ...summary(samples) };
}

function countItems(body: unknown): number {
  const b = body as { toScreen?: unknown[]; receiptsDue?: unknown[]; items?: unknown[] };
  return (b.toScreen?.length ?? 0) + (b.receiptsDue?.length ?? 0) + (b.items?.length ?? 0);
}

async function toScreenIds(front: Session): Promise<Set<string>> {
  const res = await front.get('/api/intake/queue');
  if (res.status !== 200) throw new Error(`queue: ${res.status}`);
  return new Set((res.body as { toScreen: { id: string }[] }).toScreen.map((r) => r.id));
}

export async function benchIntake(url: string, today: string, demo: DemoData) {
  const front = await new Session(url).login('front');
  const leader = await new Session(url).login('leder');
  const queueMs = await timedReads(front, '/api/intake/queue');
  const supervisionMs = await timedReads(leader, '/api/supervision/intake');

  // The burst: several Front sessions (colleagues at the phones), 200 reports and retries at once.
  const sessions = await Promise.all(Array.from({ length: 4 }, () => new Session(url).login('front')));
  const run = Date.now().toString(36);
  const bodies = reportBodies(demo, today, run);
  const before = await toScreenIds(front);
  const sends = bodies.map((body, i) => ({ body, session: sessions[i % sessions.length] as Session }));
  // A retry goes out from the same user right after the first attempt, as after a lost answer.
  const retried = Array.from({ length: RETRIES_IN_BURST }, (_, i) => sends[i * 17] as (typeof sends)[number]);
  const started = performance.now();
  const [firsts, retries] = await Promise.all([
    Promise.all(sends.map((s) => s.session.post('/api/reports', s.body))),
    Promise.all(retried.map((s) => s.session.post('/api/reports', s.body))),
  ]);
  const seconds = (performance.now() - started) / 1000;
  const later = await Promise.all(
    Array.from({ length: RETRIES_AFTER }, (_, i) => sends[i * 31 + 5] as (typeof sends)[number]).map((s) =>
      s.session.post('/api/reports', s.body),
    ),
  );
  const after = await toScreenIds(front);
  // The queue again, now 200 reports longer, as on a day when everything arrives at once.
  const queueAfterBurstMs = await timedReads(front, '/api/intake/queue', READS / 4);

  const idOf = (r: { body: unknown }) => (r.body as { id?: string }).id ?? '';
  const ids = firsts.map(idOf);
  const byKey = new Map(bodies.map((b, i) => [b.idempotencyKey, ids[i]]));
  const retryMismatches = [
    ...retried.map((s, i) => [s, retries[i]] as const),
    ...Array.from({ length: RETRIES_AFTER }, (_, i) => [sends[i * 31 + 5], later[i]] as const),
  ].filter(
    ([s, r]) => !s || !r || idOf(r) !== byKey.get(s.body.idempotencyKey) || ![200, 201].includes(r.status),
  ).length;
  const added = [...after].filter((id) => !before.has(id));
  const returned = new Set(ids.filter((id) => id !== ''));
  const statuses: Record<string, number> = {};
  for (const r of [...firsts, ...retries, ...later]) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  const stored = added.length;
  const exact = stored === BURST && returned.size === BURST && added.every((id) => returned.has(id));
  if (!exact || retryMismatches > 0) {
    throw new Error(
      `intake burst: ${stored} new reports in the queue, ${returned.size} distinct ids, ${retryMismatches} retries answered wrongly`,
    );
  }
  return {
    intakeQueueMs: { user: 'front', ...queueMs },
    intakeSupervisionMs: { user: 'leder', ...supervisionMs },
    intakeQueueAfterBurstMs: { user: 'front', ...queueAfterBurstMs },
    intakeReportBurst: {
      reports: BURST,
      retries: RETRIES_IN_BURST + RETRIES_AFTER,
      sessions: sessions.length,
      concurrency: BURST + RETRIES_IN_BURST,
      statuses,
      storedNew: stored,
      lost: BURST - [...returned].filter((id) => after.has(id)).length,
      duplicated: stored - returned.size,
      retriesAnsweredWithFirst: RETRIES_IN_BURST + RETRIES_AFTER - retryMismatches,
      seconds: Math.round(seconds * 100) / 100,
      reportsPerSecond: Math.round((BURST / seconds) * 10) / 10,
      serverMs: summary(firsts.map((r) => r.ms)),
    },
  };
}
