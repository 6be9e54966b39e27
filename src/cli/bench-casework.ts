import type { DemoData } from '../demo/data.ts';
import { Session, summary } from './bench-http.ts';

/**
 * Case work (issue #6), on Demo Kommune's three years of cases:
 * - "Mit overblik" (`GET /api/cases/mine`) for the caseworker whose caseload is nearest 25 open
 *   cases — the target is a p95 server time under 30 ms;
 * - the leader's supervision (`GET /api/supervision/cases`) for `leder`, who leads every
 *   district, i.e. all of Demo Kommune's open cases — the target is under 100 ms;
 * - one case page's reads (case, deadlines, measures) for the same caseworker, for reference.
 */
const READS = 200;
const WARM_UP = 10;

async function timedReads(session: Session, path: string, reads = READS) {
  for (let i = 0; i < WARM_UP; i++) {
    const res = await session.get(path);
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
  }
  const samples: number[] = [];
  for (let i = 0; i < reads; i++) {
    const res = await session.get(path);
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    samples.push(res.ms);
  }
  return summary(samples);
}

/** The caseworker (by username) whose number of own open cases in the demo is nearest `target`. */
export function caseworkerNear(demo: DemoData, target: number): { username: string; openCases: number } {
  const open = new Map<string, number>();
  // The foundation's cases and those the district meetings opened (intake); a user's own cases
  // are those they are caseworker, foster-care consultant or the family's contact person on.
  for (const c of [...demo.cases, ...demo.intake_case]) {
    if (c.closed_at !== null) continue;
    const holders = new Set([c.caseworker_id, c.foster_care_consultant_id, c.contact_person_id]);
    for (const id of holders) if (id) open.set(id, (open.get(id) ?? 0) + 1);
  }
  let best: { username: string; openCases: number } | undefined;
  for (const u of demo.app_user) {
    if (u.role !== 'caseworker') continue;
    const n = open.get(u.id) ?? 0;
    if (!best || Math.abs(n - target) < Math.abs(best.openCases - target))
      best = { username: u.username, openCases: n };
  }
  if (!best) throw new Error('Demo Kommune has no caseworker');
  return best;
}

export async function benchCasework(url: string, demo: DemoData) {
  const worker = caseworkerNear(demo, 25);
  const caseworker = await new Session(url).login(worker.username);
  const leader = await new Session(url).login('leder');
  const mine = await caseworker.get('/api/cases/mine');
  const cases = (mine.body as { caseId: string }[]).map((c) => c.caseId);
  if (cases.length !== worker.openCases) {
    throw new Error(
      `Mit overblik lists ${cases.length} cases, the demo gives ${worker.username} ${worker.openCases}`,
    );
  }
  const myCasesMs = await timedReads(caseworker, '/api/cases/mine');
  const supervision = await leader.get('/api/supervision/cases');
  const supervised = (
    supervision.body as { caseworkers: { caseload: { openCases: number } }[] }
  ).caseworkers.reduce((n, c) => n + c.caseload.openCases, 0);
  const supervisionMs = await timedReads(leader, '/api/supervision/cases');
  const first = cases[0];
  const casePage = first
    ? {
        caseMs: await timedReads(caseworker, `/api/cases/${first}`, READS / 2),
        deadlinesMs: await timedReads(caseworker, `/api/cases/${first}/deadlines`, READS / 2),
        measuresMs: await timedReads(caseworker, `/api/cases/${first}/measures`, READS / 2),
      }
    : null;
  return {
    caseworkMyCasesMs: { user: worker.username, cases: cases.length, ...myCasesMs },
    caseworkSupervisionMs: { user: 'leder', caseloadsSummed: supervised, ...supervisionMs },
    caseworkCasePage: casePage,
  };
}
