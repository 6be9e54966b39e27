import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, startTestServer, type TestServer } from '../../testing/server.ts';
import { clientsFor, concernBody, put } from './detection.testing.ts';

let server: TestServer;
let c: Record<
  'teacher' | 'pedagogue' | 'preventive' | 'leader' | 'caseworker' | 'admin' | 'analyst',
  ApiClient
>;
beforeAll(async () => {
  server = await startTestServer({ label: 'transitions' });
  c = await clientsFor(server, [
    'teacher',
    'pedagogue',
    'preventive',
    'leader',
    'caseworker',
    'admin',
    'analyst',
  ] as const);
});
afterAll(() => server.close());

const conversation = (childId: string, overrides: Record<string, unknown> = {}) => ({
  childId,
  kind: 'daycare_to_school',
  heldOn: '2026-01-15',
  participants: [
    { name: 'Mor', role: 'parent' },
    { name: 'Pia Pædagog', role: 'pedagogue' },
  ],
  summary: 'Bertram glæder sig, men er usikker på frikvarteret.',
  followUp: 'Skolen ringer til mor efter to uger.',
  followUpDue: '2026-02-01',
  ...overrides,
});

describe('transition conversations', () => {
  it('are recorded by a professional of the child’s unit, with participants and the follow-up', async () => {
    const res = await c.pedagogue.post(
      '/api/transition-conversations',
      conversation(server.children.inDaycare.id),
    );
    expect(res.status).toBe(201);
    expect(res.body.conversation).toMatchObject({
      kind: 'daycare_to_school',
      kindLabel: 'Fra dagtilbud til skole',
      participants: [
        { name: 'Mor', role: 'parent', roleLabel: 'Forælder' },
        { name: 'Pia Pædagog', role: 'pedagogue', roleLabel: 'Pædagog' },
      ],
      followUpDue: '2026-02-01',
      recordedBy: { name: 'Test pedagogue' },
    });
  });

  it('are refused outside the unit, in the future, without participants or with a follow-up date but no follow-up', async () => {
    const id = server.children.inDaycare.id;
    expect((await c.teacher.post('/api/transition-conversations', conversation(id))).status).toBe(403);
    expect(
      (await c.pedagogue.post('/api/transition-conversations', conversation(id, { heldOn: '2199-01-01' })))
        .status,
    ).toBe(400);
    expect(
      (await c.pedagogue.post('/api/transition-conversations', conversation(id, { participants: [] })))
        .status,
    ).toBe(400);
    expect(
      (await c.pedagogue.post('/api/transition-conversations', conversation(id, { followUp: undefined })))
        .status,
    ).toBe(400);
    expect(
      (await c.pedagogue.post('/api/transition-conversations', conversation(id, { heldOn: '2026-02-30' })))
        .status,
    ).toBe(400);
  });

  it('are read by the unit, the district’s preventive worker and leader, not by others', async () => {
    const url = `/api/children/${server.children.inDaycare.id}/transition-conversations`;
    for (const client of [c.pedagogue, c.preventive, c.leader]) {
      const res = await client.get(url);
      expect(res.status).toBe(200);
      expect(res.body.conversations).toHaveLength(1);
    }
    for (const client of [c.teacher, c.caseworker, c.admin, c.analyst])
      expect((await client.get(url)).status).toBe(403);
  });
});

describe('detection settings', () => {
  const settings = {
    mustReportBelow: 7,
    rules: {
      several_professionals: { enabled: true, minProfessionals: 3, withinDays: 60 },
      red_after_yellow: { enabled: true },
      low_level: { enabled: false, maxLevel: 4 },
      level_drop: { enabled: true, minDrop: 2, withinDays: 180 },
    },
  };

  it('shows the defaults to every role and lets only the admin change them', async () => {
    const res = await c.teacher.get('/api/detection/settings');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ isDefault: true, settings: { mustReportBelow: 5 } });
    expect(res.body.rules.map((r: { rule: string }) => r.rule)).toEqual([
      'several_professionals',
      'red_after_yellow',
      'low_level',
      'level_drop',
    ]);
    expect((await put(c.leader, '/api/detection/settings', settings)).status).toBe(403);
    expect((await put(c.admin, '/api/detection/settings', { ...settings, mustReportBelow: 11 })).status).toBe(
      400,
    );
    const changed = await put(c.admin, '/api/detection/settings', settings);
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ isDefault: false, settings });
    expect(changed.body.rules[0].description).toBe(
      'Bekymringer fra mindst 3 forskellige fagpersoner inden for 60 dage.',
    );
    const audit = await c.admin.get(`/api/audit?user=${server.users.admin.username}`);
    expect(audit.body.rows[0]).toMatchObject({ action: 'change', entityType: 'detection_setting' });
  });

  it('moves the duty-to-report threshold and switches rules off', async () => {
    const child = server.children.inClass.id;
    const guide = await c.teacher.get(`/api/guide?childId=${child}&level=6`);
    expect(guide.body.mustReport).toBe(true);
    await c.teacher.post('/api/concerns', concernBody(child, { level: 2 }));
    const signals = (await c.preventive.get('/api/signals')).body.signals;
    expect(signals.filter((s: { rule: string }) => s.rule === 'low_level')).toEqual([]);
  });
});
