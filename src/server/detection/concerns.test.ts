import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, startTestServer, type TestServer } from '../../testing/server.ts';
import { clientsFor, concernBody, key, patch } from './detection.testing.ts';

let server: TestServer;
let c: Record<'teacher' | 'pedagogue' | 'preventive' | 'front' | 'leader' | 'admin' | 'dpo', ApiClient>;
beforeAll(async () => {
  server = await startTestServer({ label: 'concerns' });
  c = await clientsFor(server, [
    'teacher',
    'pedagogue',
    'preventive',
    'front',
    'leader',
    'admin',
    'dpo',
  ] as const);
});
afterAll(() => server.close());

const concernsOf = async (childId: string) =>
  (await c.leader.get(`/api/children/${childId}/concerns`)).body.concerns;

describe('registering a concern', () => {
  it('stores it for a child in the professional’s own unit and answers with the guide', async () => {
    const child = server.children.inClass;
    const res = await c.teacher.post('/api/concerns', concernBody(child.id));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      id: expect.any(String),
      child: { id: child.id, firstName: child.firstName },
      level: 6,
      band: { id: 'concern', label: 'Bekymring' },
      areas: [{ area: 'development', label: 'Barnets udvikling' }],
      riskFactors: [{ code: 'social_isolation', label: 'Social isolation' }],
      protectiveFactors: [{ code: 'positive_teacher_relations' }],
      parentsInformed: true,
      status: 'received',
      statusLabel: 'Modtaget',
      editable: true,
      unit: { name: 'Nordskolen', kind: 'school' },
      guide: {
        level: 6,
        mustReport: false,
        dutyToReport: null,
        contacts: [{ name: 'Test preventive', district: { name: 'Nord' } }],
      },
    });
    expect(res.body.guide.steps.length).toBeGreaterThan(0);
  });

  it.each([0, 11, 5.5])('refuses level %s and stores nothing', async (level) => {
    const child = server.children.inDaycare;
    const res = await c.pedagogue.post('/api/concerns', concernBody(child.id, { level }));
    expect(res.status).toBe(400);
    expect(res.body.error.id).toBe('invalid_input');
    expect(await concernsOf(child.id)).toEqual([]);
  });

  it('refuses a child outside the professional’s units (403, audited) and stores nothing', async () => {
    const child = server.children.other;
    const res = await c.teacher.post('/api/concerns', concernBody(child.id));
    expect(res.status).toBe(403);
    const stored = await server.db
      .selectFrom('concern')
      .select('id')
      .where('municipality_id', '=', server.municipality.id)
      .where('child_id', '=', child.id)
      .execute();
    expect(stored).toEqual([]);
    const audit = await c.dpo.get(`/api/audit?user=${server.users.teacher.username}`);
    expect(audit.body.rows.find((r: { outcome: string }) => r.outcome === 'denied')).toMatchObject({
      action: 'create',
      entityType: 'concern',
    });
  });

  it('refuses a concern without any ICS area, or with unknown factors', async () => {
    const id = server.children.inClass.id;
    expect((await c.teacher.post('/api/concerns', concernBody(id, { areas: [] }))).status).toBe(400);
    const bad = { ...concernBody(id), riskFactors: ['bad_luck'] };
    expect((await c.teacher.post('/api/concerns', bad)).status).toBe(400);
  });

  it('stores a double submit once (same idempotency key) and refuses the key for something else', async () => {
    const body = concernBody(server.children.inDaycare.id, { idempotencyKey: key(), level: 8 });
    const [a, b] = await Promise.all([
      c.pedagogue.post('/api/concerns', body),
      c.pedagogue.post('/api/concerns', body),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(a.body.id).toBe(b.body.id);
    expect((await concernsOf(server.children.inDaycare.id)).length).toBe(1);
    const other = await c.pedagogue.post('/api/concerns', { ...body, level: 7 });
    expect(other.status).toBe(409);
  });
});

describe('the guide', () => {
  it('says plainly below the threshold that there is a duty to report, and links to the report form', async () => {
    const id = server.children.inClass.id;
    const res = await c.teacher.get(`/api/guide?childId=${id}&level=3`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      mustReport: true,
      band: { id: 'serious' },
      reportFormUrl: `/underretning/ny?childId=${id}`,
    });
    expect(res.body.dutyToReport).toMatch(/underretningspligt/);
    expect(res.body.dutyToReport).toMatch(/underretningsskemaet/);
    // No duty, no link.
    expect((await c.teacher.get(`/api/guide?childId=${id}&level=8`)).body.reportFormUrl).toBeNull();
  });

  it('points to violence from the factor in the query and from the text when saved', async () => {
    const id = server.children.inClass.id;
    const byFactor = await c.teacher.get(`/api/guide?childId=${id}&level=8&riskFactors=violence`);
    expect(byFactor.body.mustReport).toBe(true);
    expect(byFactor.body.situations.map((s: { id: string }) => s.id)).toContain('violence_or_abuse');
    const saved = await c.teacher.post(
      '/api/concerns',
      concernBody(id, {
        level: 8,
        riskFactors: [],
        areas: [{ area: 'family_environment', text: 'Hun fortæller, at hun er blevet slået derhjemme.' }],
      }),
    );
    expect(saved.status).toBe(201);
    expect(saved.body.guide.mustReport).toBe(true);
    expect(saved.body.guide.mustReportReasons.join(' ')).toContain('«slået»');
    // A later visit by the author still sees the duty to report that the text gave.
    const later = await c.teacher.get(`/api/concerns/${saved.body.id}`);
    expect(later.body.guide.mustReport).toBe(true);
  });

  it('refuses unknown codes and a child outside scope', async () => {
    const id = server.children.inClass.id;
    expect((await c.teacher.get(`/api/guide?childId=${id}&level=6&areas=feelings`)).status).toBe(400);
    expect((await c.teacher.get(`/api/guide?childId=${id}&level=12`)).status).toBe(400);
    expect((await c.teacher.get(`/api/guide?childId=${server.children.other.id}&level=6`)).status).toBe(403);
  });
});

describe('editing and correcting', () => {
  it('lets the author edit until someone acts, then only correct', async () => {
    const child = server.children.districtCase;
    const created = await c.preventive.post('/api/concerns', concernBody(child.id, { level: 7 }));
    expect(created.status).toBe(201);
    const id = created.body.id;

    const notAuthor = await patch(c.leader, `/api/concerns/${id}`, { level: 6 });
    expect(notAuthor.status).toBe(403);
    const edited = await patch(c.preventive, `/api/concerns/${id}`, {
      level: 4,
      areas: [{ area: 'parenting', text: 'Mor magter ikke morgenerne.' }],
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ level: 4, areas: [{ area: 'parenting' }], editable: true });

    // Level 4 raised a signal; acknowledging it acts on the concern and locks it.
    const queue = await c.preventive.get('/api/signals');
    const signal = queue.body.signals.find((s: { child: { id: string } }) => s.child.id === child.id);
    expect(signal).toMatchObject({ rule: 'low_level', status: 'new' });
    expect(
      (await c.preventive.post(`/api/signals/${signal.id}/actions`, { kind: 'acknowledge' })).status,
    ).toBe(201);

    const locked = await patch(c.preventive, `/api/concerns/${id}`, { level: 5 });
    expect(locked.status).toBe(409);
    expect(locked.body.error.message).toMatch(/rettelse/);
    const corrected = await c.preventive.post(`/api/concerns/${id}/corrections`, {
      text: 'Det var far, ikke mor.',
      level: 3,
    });
    expect(corrected.status).toBe(201);
    expect(corrected.body).toMatchObject({
      level: 3,
      editable: false,
      status: 'in_progress',
      corrections: [{ text: 'Det var far, ikke mor.', levelBefore: 4, level: 3 }],
    });
    expect((await c.leader.post(`/api/concerns/${id}/corrections`, { text: 'Ikke min' })).status).toBe(403);
  });

  it('rejects an empty edit', async () => {
    const created = await c.pedagogue.post(
      '/api/concerns',
      concernBody(server.children.inDaycare.id, { level: 9 }),
    );
    expect((await patch(c.pedagogue, `/api/concerns/${created.body.id}`, {})).status).toBe(400);
  });
});

describe('feedback to the professional', () => {
  it('shows the professional only their own submissions, with status and no content', async () => {
    const mine = await c.teacher.get('/api/concerns/mine');
    expect(mine.status).toBe(200);
    expect(mine.body.concerns.length).toBeGreaterThan(0);
    for (const r of mine.body.concerns) {
      expect(Object.keys(r).sort()).toEqual([
        'child',
        'createdAt',
        'editable',
        'id',
        'level',
        'status',
        'statusLabel',
      ]);
    }
    const pedagogue = await c.pedagogue.get('/api/concerns/mine');
    const ids = new Set(mine.body.concerns.map((r: { id: string }) => r.id));
    expect(pedagogue.body.concerns.some((r: { id: string }) => ids.has(r.id))).toBe(false);
  });

  it('lets the author read their own concern and refuses other professionals', async () => {
    const [first] = (await c.teacher.get('/api/concerns/mine')).body.concerns;
    const own = await c.teacher.get(`/api/concerns/${first.id}`);
    expect(own.status).toBe(200);
    // The author gets the guide again on a later visit; other readers do not.
    expect(own.body.guide).toMatchObject({ mustReport: expect.any(Boolean) });
    expect((await c.pedagogue.get(`/api/concerns/${first.id}`)).status).toBe(403);
    const other = await c.preventive.get(`/api/concerns/${first.id}`);
    expect(other.status).toBe(200);
    expect(other.body.guide).toBeUndefined();
    expect((await c.teacher.get('/api/concerns/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('is refused to roles that submit no concerns', async () => {
    expect((await c.admin.get('/api/concerns/mine')).status).toBe(403);
    expect((await c.front.get('/api/concerns/mine')).status).toBe(403);
  });
});
