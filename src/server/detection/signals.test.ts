import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInCopenhagen } from '../../core/calendar/zone.ts';
import { type ApiClient, startTestServer, type TestServer } from '../../testing/server.ts';
import { currentLadder, sampleOffer } from '../catalog/catalog.testing.ts';
import { clientsFor, concernBody, del, extraUser, patch } from './detection.testing.ts';

let server: TestServer;
let c: Record<'teacher' | 'pedagogue' | 'preventive' | 'leader' | 'front' | 'admin', ApiClient>;
let preventiveD2: ApiClient;
const offers = {} as Record<'step1' | 'step3', string>;
beforeAll(async () => {
  server = await startTestServer({ label: 'signals' });
  c = await clientsFor(server, ['teacher', 'pedagogue', 'preventive', 'leader', 'front', 'admin'] as const);
  preventiveD2 = (
    await extraUser(server, { role: 'preventive_worker', districtIds: [server.municipality.districts.d2] })
  ).client;
  const ladder = await currentLadder(c.admin);
  for (const [name, position] of [
    ['step1', 1],
    ['step3', 3],
  ] as const) {
    const step = ladder.steps.find((s) => s.position === position)?.id as string;
    const res = await c.admin.post(
      '/api/offers',
      sampleOffer(step, { name: `Tilbud ${name}`, ageMin: 0, ageMax: 22 }),
    );
    offers[name] = res.body.offer.id;
  }
});
afterAll(() => server.close());

type Summary = { id: string; rule: string; child: { id: string }; status: string; allowedActions: string[] };
const queue = async (client: ApiClient, status = 'open'): Promise<Summary[]> =>
  (await client.get(`/api/signals?status=${status}`)).body.signals;
const signalsOf = async (childId: string, rule: string) =>
  (await queue(c.preventive, 'all')).filter((s) => s.child.id === childId && s.rule === rule);
const today = () => todayInCopenhagen();

describe('several professionals', () => {
  let signalId: string;
  let teacherConcern: string;

  it('raises a signal when a second professional is worried, in the district’s queue only', async () => {
    const child = server.children.inClass.id;
    teacherConcern = (await c.teacher.post('/api/concerns', concernBody(child, { level: 7 }))).body.id;
    expect(await signalsOf(child, 'several_professionals')).toEqual([]);
    const second = await c.preventive.post('/api/concerns', concernBody(child, { level: 7 }));
    expect(second.status).toBe(201);
    const [signal] = await signalsOf(child, 'several_professionals');
    expect(signal).toMatchObject({
      ruleLabel: 'Flere fagpersoner er bekymrede',
      explanation: '2 bekymringer fra 2 forskellige fagpersoner inden for 90 dage.',
      status: 'new',
      concernCount: 2,
      allowedActions: ['acknowledge', 'contact', 'outcome'],
      child: { district: { name: 'Nord' } },
    });
    signalId = signal?.id as string;

    // Re-evaluating the same trigger (an edit of the concern that raised it) raises nothing new.
    expect((await patch(c.preventive, `/api/concerns/${second.body.id}`, { level: 6 })).status).toBe(200);
    expect(await signalsOf(child, 'several_professionals')).toHaveLength(1);

    expect((await queue(preventiveD2)).map((s) => s.id)).not.toContain(signalId);
    expect((await preventiveD2.get(`/api/signals/${signalId}`)).status).toBe(403);
    const leaderView = (await queue(c.leader)).find((s) => s.id === signalId);
    expect(leaderView?.allowedActions).toEqual([]);
  });

  it('shows what lies behind the signal', async () => {
    const res = await c.preventive.get(`/api/signals/${signalId}`);
    expect(res.status).toBe(200);
    expect(res.body.signal.concerns.map((x: { author: { name: string } }) => x.author.name).sort()).toEqual([
      'Test preventive',
      'Test teacher',
    ]);
    expect(res.body.signal.triggers).toHaveLength(1);
    expect(res.body.signal.actions).toEqual([]);
  });

  it('takes dated steps, each once, and locks the concerns once acted on', async () => {
    const act = (body: unknown, client = c.preventive) =>
      client.post(`/api/signals/${signalId}/actions`, body);
    expect((await act({ kind: 'acknowledge' }, c.leader)).status).toBe(403);
    expect((await act({ kind: 'acknowledge' }, preventiveD2)).status).toBe(403);

    const ack = await act({ kind: 'acknowledge' });
    expect(ack.status).toBe(201);
    expect(ack.body.signal).toMatchObject({ status: 'acknowledged', allowedActions: ['contact', 'outcome'] });
    expect((await act({ kind: 'acknowledge' })).status).toBe(200);
    expect((await patch(c.teacher, `/api/concerns/${teacherConcern}`, { level: 5 })).status).toBe(409);
    const mine = (await c.teacher.get('/api/concerns/mine')).body.concerns;
    expect(mine.find((r: { id: string }) => r.id === teacherConcern)).toMatchObject({
      status: 'in_progress',
      statusLabel: 'Under behandling',
      editable: false,
    });

    expect((await act({ kind: 'contact', date: '2199-01-01' })).status).toBe(400);
    expect((await act({ kind: 'contact', date: '2020-01-01' })).status).toBe(400);
    const contact = await act({ kind: 'contact', date: today(), note: 'Ringede til mor.' });
    expect(contact.status).toBe(201);
    expect(contact.body.signal).toMatchObject({ status: 'contacted', firstContactOn: today() });

    expect((await act({ kind: 'outcome', outcome: 'early_offer' })).status).toBe(400);
    expect((await act({ kind: 'outcome', outcome: 'universal', offerId: offers.step1 })).status).toBe(400);
    const tooHigh = await act({ kind: 'outcome', outcome: 'early_offer', offerId: offers.step3 });
    expect(tooHigh.status).toBe(422);
    const closed = await act({ kind: 'outcome', outcome: 'early_offer', offerId: offers.step1 });
    expect(closed.status).toBe(201);
    expect(closed.body.signal).toMatchObject({
      status: 'closed',
      outcome: 'early_offer',
      outcomeLabel: 'Tidlig indsats fra tilbudsviften',
      outcomeOn: today(),
      offer: { id: offers.step1, name: 'Tilbud step1' },
      allowedActions: [],
    });
    expect(closed.body.signal.actions.map((a: { kind: string }) => a.kind)).toEqual([
      'acknowledge',
      'contact',
      'outcome',
    ]);
    expect((await act({ kind: 'outcome', outcome: 'early_offer', offerId: offers.step1 })).status).toBe(200);
    expect((await act({ kind: 'outcome', outcome: 'universal' })).status).toBe(409);
    expect((await act({ kind: 'contact' })).status).toBe(409);

    const after = (await c.teacher.get('/api/concerns/mine')).body.concerns;
    expect(after.find((r: { id: string }) => r.id === teacherConcern)).toMatchObject({ status: 'closed' });
  });

  it('measures the days from first signal to first support (F3)', async () => {
    const record = await c.preventive.get(`/api/children/${server.children.inClass.id}/concerns`);
    expect(record.status).toBe(200);
    expect(record.body.timeToSupport).toEqual({ firstSignalOn: today(), firstSupportOn: today(), days: 0 });
  });
});

describe('one open signal per child and rule', () => {
  it('lets a new trigger join the open signal, and open a new one once it is closed', async () => {
    const child = server.children.districtCase.id;
    await c.preventive.post('/api/concerns', concernBody(child, { level: 4 }));
    await c.preventive.post('/api/concerns', concernBody(child, { level: 3 }));
    const open = await signalsOf(child, 'low_level');
    expect(open).toHaveLength(1);
    const detail = (await c.preventive.get(`/api/signals/${open[0]?.id}`)).body.signal;
    expect(detail.triggers).toHaveLength(2);
    expect(detail.concernCount).toBe(2);

    const closed = await c.preventive.post(`/api/signals/${open[0]?.id}/actions`, {
      kind: 'outcome',
      outcome: 'report',
    });
    expect(closed.status).toBe(201);
    await c.preventive.post('/api/concerns', concernBody(child, { level: 2 }));
    const all = await signalsOf(child, 'low_level');
    expect(all.map((s) => s.status).sort()).toEqual(['closed', 'new']);
  });

  it('raises a fall of three levels from the previous concern', async () => {
    const child = server.children.inDaycare.id;
    await c.pedagogue.post('/api/concerns', concernBody(child, { level: 9 }));
    await c.pedagogue.post('/api/concerns', concernBody(child, { level: 5 }));
    const [drop] = await signalsOf(child, 'level_drop');
    expect(drop).toMatchObject({ status: 'new' });
    expect(await signalsOf(child, 'several_professionals')).toEqual([]);
  });
});

describe('following a child as known to preventive work', () => {
  it('starts once, shows in the queue and the record, and ends', async () => {
    const child = server.children.inDaycare.id;
    const url = `/api/children/${child}/preventive-follow`;
    expect((await c.teacher.post(url, {})).status).toBe(403);
    const started = await c.preventive.post(url, { note: 'Aftalt med mor at følge op efter jul.' });
    expect(started.status).toBe(201);
    expect(started.body.follow).toMatchObject({
      by: { name: 'Test preventive' },
      note: 'Aftalt med mor at følge op efter jul.',
    });
    const again = await c.preventive.post(url, {});
    expect(again.status).toBe(200);
    expect(again.body.follow.id).toBe(started.body.follow.id);

    const [drop] = await signalsOf(child, 'level_drop');
    expect((drop as unknown as { followed: boolean }).followed).toBe(true);
    const record = await c.leader.get(`/api/children/${child}/concerns`);
    expect(record.body.preventiveFollow).toMatchObject({ id: started.body.follow.id });

    expect((await del(c.preventive, url)).status).toBe(204);
    expect((await del(c.preventive, url)).status).toBe(404);
    expect((await c.leader.get(`/api/children/${child}/concerns`)).body.preventiveFollow).toBeNull();
  });
});

describe('the queue', () => {
  it('filters by own district and refuses another district', async () => {
    const d1 = server.municipality.districts.d1;
    const d2 = server.municipality.districts.d2;
    expect((await c.preventive.get(`/api/signals?district=${d1}`)).status).toBe(200);
    expect((await c.preventive.get(`/api/signals?district=${d2}`)).status).toBe(403);
    expect((await c.preventive.get('/api/signals?status=maybe')).status).toBe(400);
    const closed = await queue(c.preventive, 'closed');
    expect(closed.every((s) => s.status === 'closed')).toBe(true);
    expect(closed.length).toBeGreaterThan(0);
  });
});
