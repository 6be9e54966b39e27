import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, loginAs, startTestServer, type TestServer } from '../../testing/server.ts';

let server: TestServer;
let c: Record<
  'teacher' | 'front' | 'preventive' | 'leader' | 'analyst' | 'caseworker2' | 'admin' | 'dpo',
  ApiClient
>;
beforeAll(async () => {
  server = await startTestServer({ label: 'intake' });
  const keys = [
    'teacher',
    'front',
    'preventive',
    'leader',
    'analyst',
    'caseworker2',
    'admin',
    'dpo',
  ] as const;
  c = Object.fromEntries(await Promise.all(keys.map(async (k) => [k, await loginAs(server, k)]))) as typeof c;
});
afterAll(() => server.close());

const HOUR = 3_600_000;
const OFFSET = /[+-]\d{2}:\d{2}$/;

function teacherReport(overrides: Record<string, unknown> = {}) {
  return {
    idempotencyKey: randomUUID(),
    childId: server.children.inClass.id,
    source: 'school',
    reporter: { kind: 'professional', organisation: 'Nordskolen', email: 'laerer@example.dk' },
    acute: false,
    text: 'Barnet kommer ofte sultent og uden madpakke.',
    ...overrides,
  };
}

describe('registering a report', () => {
  it('stores a teacher’s report with both deadlines, as ISO 8601 with offset', async () => {
    const res = await c.teacher.post('/api/reports', teacherReport());
    expect(res.status).toBe(201);
    const { receivedAt, screeningDueAt, receiptDueAt } = res.body;
    for (const t of [receivedAt, screeningDueAt, receiptDueAt]) expect(t).toMatch(OFFSET);
    expect(new Date(screeningDueAt).getTime() - new Date(receivedAt).getTime()).toBe(24 * HOUR);
    expect(receiptDueAt).toMatch(/T23:59:59\.999[+-]/);
  });

  it('returns the same report for a retried submission, concurrently too, and 409 for a reused key', async () => {
    const body = teacherReport();
    const [a, b] = await Promise.all([
      c.teacher.post('/api/reports', body),
      c.teacher.post('/api/reports', body),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(a.body.id).toBe(b.body.id);
    const reused = await c.teacher.post('/api/reports', { ...body, text: 'Noget andet.' });
    expect(reused.status).toBe(409);
  });

  it('refuses a child outside the teacher’s units (403, audited), unknown fields and a backdated time', async () => {
    expect(
      (await c.teacher.post('/api/reports', teacherReport({ childId: server.children.other.id }))).status,
    ).toBe(403);
    expect((await c.teacher.post('/api/reports', teacherReport({ urgent: true }))).status).toBe(400);
    const backdated = teacherReport({ receivedAt: '2026-01-05T09:00:00+01:00' });
    expect((await c.teacher.post('/api/reports', backdated)).status).toBe(403);
    const audit = await c.dpo.get(`/api/audit?user=${server.users.teacher.username}`);
    expect(
      audit.body.rows.some(
        (r: { outcome: string; entityType: string }) => r.outcome === 'denied' && r.entityType === 'report',
      ),
    ).toBe(true);
  });

  it('lets Front register an anonymous call about an unknown child, received earlier, without a receipt deadline', async () => {
    const receivedAt = new Date(Date.now() - 30 * HOUR).toISOString();
    const res = await c.front.post('/api/reports', {
      idempotencyKey: randomUUID(),
      child: { name: 'Ukendt Barnesen', birthDate: '2017-04-02' },
      source: 'anonymous',
      reporter: { kind: 'anonymous' },
      receivedAt,
      acute: true,
      text: 'Naboen hører råb og gråd hver aften.',
    });
    expect(res.status).toBe(201);
    expect(res.body.receiptDueAt).toBeNull();
    expect(new Date(res.body.receivedAt).getTime()).toBe(new Date(receivedAt).getTime());
    const future = {
      idempotencyKey: randomUUID(),
      childId: server.children.other.id,
      source: 'police',
      reporter: { kind: 'professional', organisation: 'Politiet' },
      receivedAt: new Date(Date.now() + 2 * HOUR).toISOString(),
      acute: false,
      text: 'x',
    };
    expect((await c.front.post('/api/reports', future)).status).toBe(400);
  });

  it('refuses a source that does not fit the reporter', async () => {
    const res = await c.front.post(
      '/api/reports',
      teacherReport({ reporter: { kind: 'citizen', name: 'Nabo' } }),
    );
    expect(res.status).toBe(400);
  });
});

describe('Front’s queue, screening and receipt', () => {
  it('lists acute reports first, then by time left, with overdue ones marked', async () => {
    const queue = await c.front.get('/api/intake/queue');
    expect(queue.status).toBe(200);
    const items = queue.body.toScreen as {
      acute: boolean;
      screening: { dueAt: string; state: string; timeLeft: string };
    }[];
    expect(items.length).toBeGreaterThanOrEqual(3);
    const firstCalm = items.findIndex((i) => !i.acute);
    expect(items.slice(firstCalm).every((i) => !i.acute)).toBe(true);
    const calm = items.slice(firstCalm).map((i) => new Date(i.screening.dueAt).getTime());
    expect(calm).toEqual([...calm].sort((a, b) => a - b));
    const overdue = items.find((i) => i.acute);
    expect(overdue?.screening.state).toBe('overdue');
    expect(overdue?.screening.timeLeft).toMatch(/over fristen$/);
  });

  it('flags three reports about the same child within 12 months', async () => {
    const child = server.children.inDaycare.id;
    for (let i = 0; i < 3; i += 1) {
      const res = await c.front.post('/api/reports', {
        ...teacherReport({ childId: child }),
        source: 'daycare',
      });
      expect(res.status).toBe(201);
    }
    const queue = await c.front.get('/api/intake/queue');
    const about = queue.body.toScreen.filter((i: { child: { id: string } }) => i.child.id === child);
    expect(about).toHaveLength(3);
    expect(
      about.every(
        (i: { linked: { flagged: boolean; count: number } }) => i.linked.flagged && i.linked.count === 2,
      ),
    ).toBe(true);
  });

  it('shows a preventive worker and a leader only their own districts, and refuses the others', async () => {
    await c.front.post('/api/reports', {
      ...teacherReport({ childId: server.children.other.id }),
      source: 'police',
      reporter: { kind: 'professional', organisation: 'Politiet' },
    });
    for (const who of ['preventive', 'leader'] as const) {
      const queue = await c[who].get('/api/intake/queue');
      expect(queue.status).toBe(200);
      const districts = new Set(
        queue.body.toScreen.map((i: { district: { id: string } | null }) => i.district?.id),
      );
      expect([...districts]).toEqual([server.municipality.districts.d1]);
    }
    for (const who of ['teacher', 'analyst', 'caseworker2'] as const) {
      expect((await c[who].get('/api/intake/queue')).status).toBe(403);
    }
  });

  it('screens once, sends the receipt once, and shows the teacher only the status', async () => {
    const { body: report } = await c.teacher.post('/api/reports', teacherReport());
    expect(
      (
        await c.teacher.post(`/api/reports/${report.id}/screening`, {
          healthOrDevelopmentInDanger: false,
          urgentMeasuresNeeded: false,
          decision: 'district_meeting',
        })
      ).status,
    ).toBe(403);
    const screening = {
      healthOrDevelopmentInDanger: true,
      urgentMeasuresNeeded: false,
      decision: 'district_meeting',
    };
    const screened = await c.front.post(`/api/reports/${report.id}/screening`, screening);
    expect(screened.status).toBe(201);
    expect(screened.body.screening).toMatchObject({ decision: 'district_meeting', onTime: true });
    expect((await c.front.post(`/api/reports/${report.id}/screening`, screening)).status).toBe(409);
    const receipt = await c.front.post(`/api/reports/${report.id}/receipt`, { channel: 'email' });
    expect(receipt.status).toBe(201);
    expect(receipt.body.receipt.text).toContain('Barnets Lov § 137');
    expect(receipt.body.receipt.onTime).toBe(true);
    expect((await c.front.post(`/api/reports/${report.id}/receipt`, {})).status).toBe(409);
    const mine = await c.teacher.get('/api/reports/mine');
    const own = mine.body.reports.find((r: { id: string }) => r.id === report.id);
    expect(own).toMatchObject({
      status: 'screened',
      statusLabel: 'Under behandling',
      receiptSentAt: expect.stringMatching(OFFSET),
    });
    expect(own).not.toHaveProperty('text');
    const queue = await c.front.get('/api/intake/queue');
    expect(queue.body.toScreen.some((i: { id: string }) => i.id === report.id)).toBe(false);
  });

  it('refuses a receipt for an anonymous report (422)', async () => {
    const { body } = await c.front.post('/api/reports', {
      idempotencyKey: randomUUID(),
      childId: server.children.unlinked.id,
      source: 'anonymous',
      reporter: { kind: 'anonymous' },
      acute: false,
      text: 'Anonym henvendelse.',
    });
    expect((await c.front.post(`/api/reports/${body.id}/receipt`, {})).status).toBe(422);
  });
});

describe('reading one report while screening', () => {
  it('shows Front the content and the child’s history, and refuses readers outside the district', async () => {
    const { body: created } = await c.teacher.post('/api/reports', teacherReport());
    const res = await c.front.get(`/api/reports/${created.id}`);
    expect(res.status).toBe(200);
    expect(res.body.report).toMatchObject({ id: created.id, sourceLabel: 'Skole', text: expect.any(String) });
    expect(res.body.history.reports.length).toBeGreaterThanOrEqual(1);
    expect(res.body.history.linkedFlagged).toBe(true);
    expect(res.body.history.openCase).toMatchObject({ id: expect.any(String) });
    expect((await c.preventive.get(`/api/reports/${created.id}`)).status).toBe(200);
    for (const who of ['teacher', 'caseworker2', 'analyst'] as const) {
      expect((await c[who].get(`/api/reports/${created.id}`)).status).toBe(403);
    }
  });
});

describe('supervision now', () => {
  it('shows the leader what is overdue in their districts, and no one else', async () => {
    const late = await c.front.post('/api/reports', {
      ...teacherReport({ childId: server.children.districtCase.id }),
      source: 'police',
      reporter: { kind: 'professional', organisation: 'Politiet' },
      receivedAt: new Date(Date.now() - 30 * HOUR).toISOString(),
    });
    expect(late.status).toBe(201);
    const page = await c.leader.get('/api/supervision/intake');
    expect(page.status).toBe(200);
    const item = page.body.items.find((i: { reportId: string }) => i.reportId === late.body.id);
    expect(item).toMatchObject({ kind: 'screening', deadline: { state: 'overdue' }, responsible: null });
    expect(
      page.body.items.every(
        (i: { district: { id: string } }) => i.district.id === server.municipality.districts.d1,
      ),
    ).toBe(true);
    expect(page.body.byDistrict[0].overdue).toBeGreaterThanOrEqual(1);
    for (const who of ['preventive', 'teacher', 'analyst'] as const) {
      expect((await c[who].get('/api/supervision/intake')).status).toBe(403);
    }
  });
});

it('documents the intake endpoints in the OpenAPI document', async () => {
  const doc = await (await fetch(`${server.url}/api/openapi.json`)).json();
  for (const [method, path] of [
    ['post', '/api/reports'],
    ['get', '/api/reports/mine'],
    ['get', '/api/reports/{id}'],
    ['post', '/api/reports/{id}/feedback'],
    ['get', '/api/intake/queue'],
    ['post', '/api/reports/{id}/screening'],
    ['post', '/api/reports/{id}/receipt'],
    ['get', '/api/figures/F8'],
    ['get', '/api/supervision/intake'],
    ['get', '/api/districts/{id}/meetings/next'],
    ['post', '/api/districts/{id}/meetings'],
    ['post', '/api/meetings/{id}/decisions'],
  ] as const) {
    expect(doc.paths?.[path]?.[method], `${method} ${path}`).toBeDefined();
  }
});
