import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LadderStepRequest, LadderView } from '../../core/api/catalog.ts';
import { inMunicipality } from '../../store/database.ts';
import { type ApiClient, loginAs, startTestServer, type TestServer } from '../../testing/server.ts';
import { currentLadder, patch, put, sampleOffer } from './catalog.testing.ts';
import { loadLadderInForce } from './ladder.queries.ts';

let server: TestServer;
let admin: ApiClient;
let caseworker: ApiClient;
beforeAll(async () => {
  server = await startTestServer({ label: 'ladder' });
  admin = await loginAs(server, 'admin');
  caseworker = await loginAs(server, 'caseworker');
});
afterAll(() => server.close());

const asRequest = (ladder: LadderView): LadderStepRequest[] =>
  ladder.steps.map(({ id, name, category, track }) => ({ id, name, category, track }));

describe('the ladder', () => {
  it("starts as Socialstyrelsen's six steps, with Danish labels", async () => {
    const ladder = await currentLadder(caseworker);
    expect(ladder.version).toBe(1);
    expect(ladder.steps.map((s) => [s.position, s.name, s.category, s.track])).toEqual([
      [1, 'Tidlig indsats i almenområdet', 'preventive', 'early'],
      [2, 'Forebyggende indsatser', 'preventive', 'early'],
      [3, 'Hjemmebaserede indsatser', 'preventive', 'family'],
      [4, 'Anbringelse i slægt og netværk', 'placement', 'placement'],
      [5, 'Anbringelse i plejefamilie', 'placement', 'placement'],
      [6, 'Anbringelse på institution', 'placement', 'placement'],
    ]);
    expect(ladder.steps[0]).toMatchObject({ trackLabel: 'Tidlig og tæt på', categoryLabel: 'Forebyggende' });
    expect(ladder.steps[5]).toMatchObject({
      trackLabel: 'Tæt på anbringelsen',
      categoryLabel: 'Anbringelse',
    });
  });

  it('makes no new version when the same ladder is saved (idempotent)', async () => {
    const before = await currentLadder(admin);
    const res = await put(admin, '/api/ladder', { note: 'Ingen ændring', steps: asRequest(before) });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ladder: before, changed: false });
    expect((await admin.get('/api/ladder/versions')).body.versions).toHaveLength(1);
  });

  it('renames and inserts a step as a new version; history keeps the old one', async () => {
    const v1 = await currentLadder(admin);
    const steps = asRequest(v1);
    steps[1] = { ...(steps[1] as LadderStepRequest), name: 'Forebyggende tilbud' };
    steps.splice(3, 0, { name: 'Dagbehandling', category: 'preventive', track: 'family' });
    const res = await put(admin, '/api/ladder', { note: 'Dagbehandling som eget trin', steps });
    expect(res.status).toBe(200);
    expect(res.body.changed).toBe(true);
    const v2 = res.body.ladder as LadderView;
    expect(v2).toMatchObject({ version: 2, note: 'Dagbehandling som eget trin' });
    expect(v2.steps.map((s) => [s.position, s.name])).toEqual([
      [1, 'Tidlig indsats i almenområdet'],
      [2, 'Forebyggende tilbud'],
      [3, 'Hjemmebaserede indsatser'],
      [4, 'Dagbehandling'],
      [5, 'Anbringelse i slægt og netværk'],
      [6, 'Anbringelse i plejefamilie'],
      [7, 'Anbringelse på institution'],
    ]);
    // A step keeps its id through a rename and a move.
    expect(v2.steps[1]?.id).toBe(v1.steps[1]?.id);
    expect(v2.steps[6]?.id).toBe(v1.steps[5]?.id);

    const versions = (await caseworker.get('/api/ladder/versions')).body.versions as LadderView[];
    expect(versions.map((v) => v.version)).toEqual([2, 1]);
    expect(versions[1]?.steps[1]?.name).toBe('Forebyggende indsatser');
    expect(await currentLadder(caseworker)).toEqual(v2);
  });

  it('finds the version that was in force at a moment', async () => {
    const versions = (await admin.get('/api/ladder/versions')).body.versions as LadderView[];
    const v1 = versions.find((v) => v.version === 1) as LadderView;
    const v2 = versions.find((v) => v.version === 2) as LadderView;
    const justBefore = new Date(new Date(v2.createdAt).getTime() - 1);
    await inMunicipality(server.db, server.municipality.id, async (tx) => {
      expect((await loadLadderInForce(tx, server.municipality.id, justBefore))?.version).toBe(1);
      expect((await loadLadderInForce(tx, server.municipality.id, new Date()))?.version).toBe(2);
      expect(await loadLadderInForce(tx, server.municipality.id, new Date('2000-01-01'))).toBeUndefined();
    });
    expect(v1.steps).toHaveLength(6);
  });

  it('writes the change to the audit log', async () => {
    const ladder = await currentLadder(admin);
    const audit = await admin.get(`/api/audit?entity=${ladder.id}`);
    expect(audit.body.rows).toMatchObject([{ action: 'change', entityType: 'ladder', outcome: 'allowed' }]);
  });

  it('refuses to retire a step with active offers (409), and allows it once they are retired', async () => {
    const ladder = await currentLadder(admin);
    const dayStep = ladder.steps[3]?.id as string;
    const created = await admin.post('/api/offers', sampleOffer(dayStep, { name: 'Dagbehandling Syd' }));
    expect(created.status).toBe(201);
    const without = asRequest(ladder).filter((s) => s.id !== dayStep);

    const refused = await put(admin, '/api/ladder', { steps: without });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toEqual({
      id: 'conflict',
      message: expect.stringMatching(/trin 4 «Dagbehandling» har aktive tilbud \(«Dagbehandling Syd»\)/),
    });
    expect((await currentLadder(admin)).version).toBe(ladder.version);

    expect((await patch(admin, `/api/offers/${created.body.offer.id}`, { status: 'retired' })).status).toBe(
      200,
    );
    const retired = await put(admin, '/api/ladder', { steps: without });
    expect(retired.status).toBe(200);
    expect(retired.body.ladder.steps.map((s: { id: string }) => s.id)).not.toContain(dayStep);

    // The retired offer keeps its step, which is no longer on the ladder.
    const offer = (await admin.get(`/api/offers/${created.body.offer.id}`)).body.offer;
    expect(offer).toMatchObject({ stepId: dayStep, stepPosition: null, stepName: null, status: 'retired' });
    const back = await patch(admin, `/api/offers/${offer.id}`, { status: 'active' });
    expect(back.status).toBe(400);
    expect(back.body.error.message).toMatch(/ikke længere på indsatstrappen/);
  });

  it.each([
    [
      'a preventive step after a placement step',
      (steps: LadderStepRequest[]) => [
        ...steps,
        { name: 'Efterværn', category: 'preventive', track: 'family' },
      ],
      /forebyggende trin skal komme før anbringelser/,
    ],
    [
      'a step id that is not on the ladder',
      (steps: LadderStepRequest[]) => [
        { ...steps[0], id: '00000000-0000-4000-8000-000000000000' },
        ...steps.slice(1),
      ],
      /ikke er på den gældende indsatstrappe/,
    ],
    [
      'two steps with the same name',
      (steps: LadderStepRequest[]) => [
        steps[0],
        { ...steps[1], name: steps[0]?.name.toUpperCase() },
        ...steps.slice(2),
      ],
      /samme navn som trin 1/,
    ],
    ['no steps', () => [], /mindst ét trin/],
  ])('refuses %s with a Danish message', async (_, change, message) => {
    const ladder = await currentLadder(admin);
    const res = await put(admin, '/api/ladder', { steps: change(asRequest(ladder)) });
    expect(res.status).toBe(400);
    expect(res.body.error).toEqual({ id: 'invalid_input', message: expect.stringMatching(message) });
    expect((await currentLadder(admin)).version).toBe(ladder.version);
  });

  it('refuses unknown fields', async () => {
    const ladder = await currentLadder(admin);
    const res = await put(admin, '/api/ladder', { steps: asRequest(ladder), colour: 'blå' });
    expect(res.status).toBe(400);
  });
});
