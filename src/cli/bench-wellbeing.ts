import type { WellbeingBatchRequest } from '../core/api/detection.ts';
import type { WellbeingColor } from '../core/detection/wellbeing.ts';
import type { DemoData } from '../demo/data.ts';
import { generateDemo } from '../demo/generate.ts';
import { Random } from '../demo/random.ts';
import { Session, summary } from './bench-http.ts';

/**
 * The wellbeing check under load (issue #4, "Measured"):
 * - one teacher saving a batch of 30 ratings for their class, again and again: server time;
 * - a full municipal round: every group of Demo Kommune saved by its owner, several at once, as
 *   on the morning a municipality does its check: errors (must be 0) and throughput.
 */
const BATCH_SIZE = 30;
const BATCHES = 60;
const WARM_UP = 3;
/** Teachers submitting at the same moment in the municipal round. */
const CONCURRENCY = 4;

/** Mostly green, a few yellow, fewer red, as the demo's own rounds; a note on some. */
function batch(random: Random, childIds: readonly string[], key: string): WellbeingBatchRequest {
  return {
    idempotencyKey: key,
    ratings: childIds.map((childId) => {
      const color = random.weighted<WellbeingColor>([
        ['green', 0.94],
        ['yellow', 0.045],
        ['red', 0.015],
      ]);
      return color !== 'green' && random.chance(0.5)
        ? { childId, color, note: 'Bench-note' }
        : { childId, color };
    }),
  };
}

/** Runs the tasks with at most `limit` at a time. */
async function pool<T>(tasks: readonly (() => Promise<T>)[], limit: number): Promise<T[]> {
  const out: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      out[i] = await (tasks[i] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return out;
}

/**
 * The demo's group owners and the biggest school class with its teacher, from the generator with
 * the inputs the server seeded with (start.ts: the defaults and today), so ids and names agree.
 */
function demoGroups(
  today: string,
  demo = generateDemo({ seed: 2026, today, code: 'demo', name: 'Demo Kommune' }),
) {
  const username = new Map(demo.app_user.map((u) => [u.id, u.username]));
  const schools = new Set(demo.unit.filter((u) => u.kind === 'school').map((u) => u.id));
  const size = new Map<string, number>();
  for (const e of demo.enrolment) size.set(e.group_id, (size.get(e.group_id) ?? 0) + 1);
  const classes = demo.user_group
    .filter((ug) => schools.has(demo.group.find((g) => g.id === ug.group_id)?.unit_id ?? ''))
    .sort((a, b) => (size.get(b.group_id) ?? 0) - (size.get(a.group_id) ?? 0));
  const biggest = classes[0];
  if (!biggest) throw new Error('Demo Kommune has no school class with a teacher');
  return {
    owners: [...new Set(demo.user_group.map((ug) => username.get(ug.user_id) as string))],
    teacher: username.get(biggest.user_id) as string,
    classId: biggest.group_id,
    classSize: size.get(biggest.group_id) ?? 0,
    groups: demo.group.length,
  };
}

async function childrenOf(session: Session, groupId: string): Promise<string[]> {
  const res = await session.get(`/api/groups/${groupId}/wellbeing`);
  if (res.status !== 200) throw new Error(`group ${groupId}: ${res.status}`);
  return (res.body as { children: { id: string }[] }).children.map((c) => c.id);
}

export async function benchWellbeing(url: string, today: string, generated?: DemoData) {
  const random = new Random('trappen-bench-wellbeing');
  const demo = demoGroups(today, generated);

  // (a) One class, one teacher, batch after batch.
  const teacher = await new Session(url).login(demo.teacher);
  const children = (await childrenOf(teacher, demo.classId)).slice(0, BATCH_SIZE);
  if (children.length < BATCH_SIZE) throw new Error(`the biggest class has only ${children.length} children`);
  const single: number[] = [];
  for (let i = 0; i < WARM_UP + BATCHES; i++) {
    const res = await teacher.post(
      `/api/groups/${demo.classId}/wellbeing`,
      batch(random, children, `bench-a-${i}`),
    );
    if (res.status !== 201) throw new Error(`batch ${i}: ${res.status} ${JSON.stringify(res.body)}`);
    if (i >= WARM_UP) single.push(res.ms);
  }

  // (b) Every group of the municipality, each by its owner.
  const sessions = await pool(
    demo.owners.map((u) => () => new Session(url).login(u)),
    CONCURRENCY,
  );
  const prepared: { session: Session; groupId: string; body: WellbeingBatchRequest }[] = [];
  for (const session of sessions) {
    const mine = await session.get('/api/groups/mine');
    for (const g of (mine.body as { groups: { id: string }[] }).groups) {
      const ids = await childrenOf(session, g.id);
      if (ids.length > 0)
        prepared.push({ session, groupId: g.id, body: batch(random, ids, `bench-b-${g.id}`) });
    }
  }
  const started = performance.now();
  const results = await pool(
    prepared.map((p) => () => p.session.post(`/api/groups/${p.groupId}/wellbeing`, p.body)),
    CONCURRENCY,
  );
  const seconds = (performance.now() - started) / 1000;
  const ratings = prepared.reduce((n, p) => n + p.body.ratings.length, 0);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    wellbeingBatch30Ms: { teacher: demo.teacher, classSize: demo.classSize, ...summary(single) },
    municipalRound: {
      groups: demo.groups,
      batches: prepared.length,
      ratings,
      errors: results.filter((r) => r.status !== 201).length,
      concurrency: CONCURRENCY,
      seconds: Math.round(seconds * 100) / 100,
      batchesPerSecond: round(prepared.length / seconds),
      ratingsPerSecond: round(ratings / seconds),
      serverMs: summary(results.map((r) => r.ms)),
    },
  };
}
