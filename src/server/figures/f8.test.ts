import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, copenhagenInstant, todayInCopenhagen } from '../../core/calendar/zone.ts';
import { USER_KEYS, type UserKey } from '../../testing/fixtures.ts';
import { type ApiClient, loginAll, startTestServer, type TestServer } from '../../testing/server.ts';

let server: TestServer;
let c: Record<UserKey, ApiClient>;
const HOUR = 3_600_000;
const FROM = addCalendarDays(todayInCopenhagen(), -3);

beforeAll(async () => {
  server = await startTestServer({ label: 'figure-f8' });
  c = await loginAll(server, USER_KEYS);
  // Two reports in d1 received an hour ago (not yet due, so not counted) and one 30 hours ago
  // (its 24 hours have passed unscreened: known, and late).
  // And two either side of the period's first Copenhagen midnight (FROM, three days ago): half an
  // hour after it is in the period, half an hour before it is not.
  const startOfFrom = copenhagenInstant(FROM).getTime();
  for (const at of [1, 1, 30]
    .map((h) => Date.now() - h * HOUR)
    .concat(startOfFrom + HOUR / 2, startOfFrom - HOUR / 2)) {
    const res = await c.front.post('/api/reports', {
      idempotencyKey: randomUUID(),
      childId: server.children.inClass.id,
      source: 'police',
      reporter: { kind: 'professional', organisation: 'Politiet' },
      receivedAt: new Date(at).toISOString(),
      acute: false,
      text: 'Politiet har været på adressen.',
    });
    expect(res.status).toBe(201);
  }
});
afterAll(() => server.close());

describe('figure F8 over HTTP', () => {
  it('counts per district and Copenhagen month, in the one period format of every figure', async () => {
    const today = todayInCopenhagen();
    const from = FROM;
    const res = await c.front.get(`/api/figures/F8?from=${from}&to=${today}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ figure: 'F8', from, to: today });
    const d1 = server.municipality.districts.d1;
    expect(res.body.districts).toEqual(expect.arrayContaining([expect.objectContaining({ id: d1 })]));
    const cells = res.body.cells.filter((x: { districtId: string | null }) => x.districtId === d1);
    const screening = cells.reduce(
      (n: number, x: { screening: { total: number } }) => n + x.screening.total,
      0,
    );
    const onTime = cells.reduce(
      (n: number, x: { screening: { onTime: number } }) => n + x.screening.onTime,
      0,
    );
    // The 30-hour-old report and the one just after midnight; the one just before is outside.
    expect(screening).toBe(2);
    expect(onTime).toBe(0);
  });

  it('defaults to the twelve months up to today, and refuses a period backwards or over 36 months', async () => {
    const res = await c.leader.get('/api/figures/F8');
    expect(res.status).toBe(200);
    expect(res.body.to).toBe(todayInCopenhagen());
    expect((await c.front.get('/api/figures/F8?from=2026-05-01&to=2026-01-01')).status).toBe(400);
    expect((await c.front.get('/api/figures/F8?from=2020-01-01&to=2026-01-01')).status).toBe(400);
    expect((await c.front.get('/api/figures/F8?from=2026-01&to=2026-02')).status).toBe(400);
  });

  it('suppresses counts from 1 to 4 for the analyst, and refuses roles that read no figure', async () => {
    const analyst = await c.analyst.get('/api/figures/F8');
    expect(analyst.status).toBe(200);
    for (const cell of analyst.body.cells) {
      for (const m of [cell.screening, cell.receipt]) {
        if (m.total !== null) expect(m.total === 0 || m.total >= 5).toBe(true);
        else expect(m.suppressed).toBe(true);
      }
    }
    // A role the figures policy gives no F8 is refused before its query is even validated.
    expect((await c.teacher.get('/api/figures/F8?from=nonsense')).status).toBe(403);
    expect((await c.caseworker.get('/api/figures/F8')).status).toBe(403);
  });
});
