import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LadderView, OfferView } from '../../core/api/catalog.ts';
import { type ApiClient, loginAs, startTestServer, type TestServer } from '../../testing/server.ts';
import { currentLadder, patch, put, sampleOffer } from './catalog.testing.ts';

let server: TestServer;
let admin: ApiClient;
let teacher: ApiClient;
let ladder: LadderView;
const step = (position: number) => ladder.steps[position - 1]?.id as string;
const names = (offers: OfferView[]) => offers.map((o) => o.name);

beforeAll(async () => {
  server = await startTestServer({ label: 'offers' });
  admin = await loginAs(server, 'admin');
  teacher = await loginAs(server, 'teacher');
  ladder = await currentLadder(admin);
  const offers = [
    sampleOffer(step(2)),
    sampleOffer(step(1), {
      name: 'Åben rådgivning',
      description: 'Anonym rådgivning til familier, BL § 30.',
      target: 'family',
      form: 'group',
      setting: 'everyday',
      ageMin: 0,
      ageMax: 17,
      evidence: 'none',
      programme: null,
      unitCost: 0,
      costUnit: 'month',
      icsAreas: [],
    }),
    sampleOffer(step(3), {
      name: 'MST',
      description: 'Multisystemisk terapi i hjemmet.',
      programme: 'Multisystemic Therapy',
      target: 'family',
      ageMin: 12,
      ageMax: 17,
      unitCost: 38000,
      costUnit: 'month',
    }),
    sampleOffer(step(5), {
      name: 'Forstærket plejefamilie',
      evidence: 'documented',
      programme: null,
      target: 'child',
      setting: 'residential',
      ageMin: 0,
      ageMax: 22,
      providerKind: 'external',
      providerName: 'Familieplejen',
      unitCost: 45000,
      costUnit: 'month',
    }),
  ];
  for (const offer of offers) {
    const res = await admin.post('/api/offers', offer);
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  }
});
afterAll(() => server.close());

describe('offers', () => {
  it('creates an offer (201) with defaults for what is left out', async () => {
    const res = await admin.post('/api/offers', {
      name: 'Kontaktperson',
      providerKind: 'own',
      providerName: 'Ungeenheden',
      stepId: step(3),
      target: 'child',
      form: 'individual',
      setting: 'everyday',
      ageMin: 12,
      ageMax: 22,
      evidence: 'documented',
      unitCost: 9800.75,
      costUnit: 'month',
    });
    expect(res.status).toBe(201);
    expect(res.body.offer).toEqual({
      id: expect.any(String),
      name: 'Kontaktperson',
      description: '',
      providerKind: 'own',
      providerName: 'Ungeenheden',
      stepId: step(3),
      stepPosition: 3,
      stepName: 'Hjemmebaserede indsatser',
      target: 'child',
      form: 'individual',
      setting: 'everyday',
      ageMin: 12,
      ageMax: 22,
      icsAreas: [],
      typicalDurationWeeks: null,
      timeLimited: false,
      specialised: false,
      evidence: 'documented',
      programme: null,
      legalBasis: '',
      unitCost: 9800.75,
      costUnit: 'month',
      capacity: null,
      status: 'active',
      illustrative: false,
    });
    const read = await teacher.get(`/api/offers/${res.body.offer.id}`);
    expect(read.body.offer).toEqual(res.body.offer);
  });

  it('lists active offers in ladder order, for every role', async () => {
    const res = await teacher.get('/api/offers');
    expect(res.status).toBe(200);
    expect(names(res.body.offers)).toEqual([
      'Åben rådgivning',
      'PMTO forældretræning',
      'Kontaktperson',
      'MST',
      'Forstærket plejefamilie',
    ]);
    expect(res.body.offers[0]).toMatchObject({ stepPosition: 1, stepName: 'Tidlig indsats i almenområdet' });
  });

  it.each([
    ['q=pmto', ['PMTO forældretræning']],
    ['q=MULTISYSTEMIC', ['MST']],
    ['q=%C2%A7%2030', ['Åben rådgivning']],
    ['q=100%25', []],
    ['target=family', ['Åben rådgivning', 'MST']],
    ['form=group', ['Åben rådgivning']],
    ['age=18', ['Kontaktperson', 'Forstærket plejefamilie']],
    ['age=2&target=child', ['Forstærket plejefamilie']],
  ])('filters by %s', async (query, expected) => {
    const res = await teacher.get(`/api/offers?${query}`);
    expect(res.status).toBe(200);
    expect(names(res.body.offers)).toEqual(expected);
  });

  it('filters by step id', async () => {
    const res = await teacher.get(`/api/offers?step=${step(3)}`);
    expect(names(res.body.offers)).toEqual(['Kontaktperson', 'MST']);
  });

  it('refuses bad filters', async () => {
    for (const query of ['age=x', 'age=40', 'target=cat', 'step=1', 'status=gone', 'colour=blue']) {
      expect((await teacher.get(`/api/offers?${query}`)).status).toBe(400);
    }
  });

  it('changes part of an offer with PATCH and writes one audit row', async () => {
    const mst = (await admin.get('/api/offers?q=MST')).body.offers[0] as OfferView;
    const res = await patch(admin, `/api/offers/${mst.id}`, { unitCost: 39500, capacity: 12 });
    expect(res.status).toBe(200);
    expect(res.body.offer).toMatchObject({ unitCost: 39500, capacity: 12, name: 'MST', ageMin: 12 });
    // The same values again change nothing and are not logged again.
    expect((await patch(admin, `/api/offers/${mst.id}`, { unitCost: 39500 })).status).toBe(200);
    const audit = (await admin.get(`/api/audit?entity=${mst.id}`)).body.rows;
    expect(audit.map((r: { action: string }) => r.action)).toEqual(['update', 'create']);
  });

  it('marks an offer specialised (rule (a): it then needs Det Kreative Råd) and back', async () => {
    const mst = (await admin.get('/api/offers?q=MST')).body.offers[0] as OfferView;
    const marked = await patch(admin, `/api/offers/${mst.id}`, { specialised: true });
    expect([marked.status, marked.body.offer.specialised]).toEqual([200, true]);
    expect((await teacher.get(`/api/offers/${mst.id}`)).body.offer.specialised).toBe(true);
    const unmarked = await patch(admin, `/api/offers/${mst.id}`, { specialised: false });
    expect(unmarked.body.offer.specialised).toBe(false);
  });

  it('retires an offer: gone from the default list, found with status=retired, never deleted', async () => {
    const pmto = (await admin.get('/api/offers?q=pmto')).body.offers[0] as OfferView;
    const res = await patch(admin, `/api/offers/${pmto.id}`, { status: 'retired' });
    expect(res.body.offer.status).toBe('retired');
    expect(names((await teacher.get('/api/offers')).body.offers)).not.toContain('PMTO forældretræning');
    expect(names((await teacher.get('/api/offers?status=retired')).body.offers)).toEqual([
      'PMTO forældretræning',
    ]);
    expect(names((await teacher.get('/api/offers?status=all')).body.offers)).toHaveLength(5);
    expect((await admin.request('DELETE', `/api/offers/${pmto.id}`)).status).toBe(404);
    const audit = (await admin.get(`/api/audit?entity=${pmto.id}`)).body.rows;
    expect(audit[0]).toMatchObject({ action: 'retire', entityType: 'offer' });
    expect((await patch(admin, `/api/offers/${pmto.id}`, { status: 'active' })).body.offer.status).toBe(
      'active',
    );
  });

  it('refuses a duplicate name with 409, on create and on rename', async () => {
    const dup = await admin.post('/api/offers', sampleOffer(step(2), { name: 'MST' }));
    expect(dup.status).toBe(409);
    expect(dup.body.error).toEqual({ id: 'conflict', message: expect.stringContaining('«MST»') });
    const other = (await admin.get('/api/offers?q=Åben')).body.offers[0] as OfferView;
    expect((await patch(admin, `/api/offers/${other.id}`, { name: 'MST' })).status).toBe(409);
  });

  it.each([
    ['age from above age to', { ageMin: 10, ageMax: 5 }, /Alder fra \(10\) må ikke være større/],
    ['an evidence-based programme without a name', { programme: null }, /programmets navn/],
    ['a step not on the ladder', { stepId: '00000000-0000-4000-8000-000000000000' }, /Trinnet findes ikke/],
    ['a negative cost', { unitCost: -1 }, /ikke være negativ/],
    ['three decimals', { unitCost: 1.005 }, /2 decimaler/],
    ['an unknown target', { target: 'cat' }, /Ukendt målgruppe/],
    ['an unknown field', { colour: 'blå' }, /Ukendte felter: colour/],
  ])('refuses %s (400, Danish)', async (_, change, message) => {
    const res = await admin.post('/api/offers', {
      ...sampleOffer(step(2), { name: `Ny ${Math.random()}` }),
      ...change,
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toEqual({ id: 'invalid_input', message: expect.stringMatching(message) });
  });

  it('refuses unknown fields in a PATCH too', async () => {
    const mst = (await admin.get('/api/offers?q=MST')).body.offers[0] as OfferView;
    const res = await patch(admin, `/api/offers/${mst.id}`, { id: mst.id, capacity: 3 });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/Ukendte felter: id/);
  });

  it('answers 404 for an unknown offer', async () => {
    expect((await teacher.get('/api/offers/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect(
      (await patch(admin, '/api/offers/00000000-0000-4000-8000-000000000000', { capacity: 1 })).status,
    ).toBe(404);
  });

  it('shows each offer with the step name of the current ladder', async () => {
    const steps = ladder.steps.map(({ id, name, category, track }) => ({ id, name, category, track }));
    steps[2] = { ...(steps[2] as (typeof steps)[number]), name: 'Hjemmebaseret støtte' };
    expect((await put(admin, '/api/ladder', { steps })).status).toBe(200);
    const mst = (await teacher.get('/api/offers?q=MST')).body.offers[0];
    expect(mst).toMatchObject({ stepPosition: 3, stepName: 'Hjemmebaseret støtte' });
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await teacher.get('/api/openapi.json')).body;
    for (const path of [
      '/api/ladder',
      '/api/ladder/versions',
      '/api/offers',
      '/api/offers/{id}',
      '/api/offers/import',
      '/api/offers/export',
    ]) {
      expect(doc.paths[path], path).toBeDefined();
    }
    expect(doc.paths['/api/offers/import'].post.responses['422']).toBeDefined();
    expect(Object.keys(doc.paths['/api/offers/import'].post.requestBody.content)).toEqual(
      expect.arrayContaining(['text/csv', 'application/json']),
    );
  });
});
