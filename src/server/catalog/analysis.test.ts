import type { Insertable } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogAnalysisResponse, OfferMatchView } from '../../core/api/catalog-analysis.ts';
import { asSystem } from '../../store/database.ts';
import type { OfferTable } from '../../store/schema.ts';
import type { UserKey } from '../../testing/fixtures.ts';
import { type ApiClient, loginAs, startTestServer, type TestServer } from '../../testing/server.ts';

let server: TestServer;
const clients = {} as Record<UserKey, ApiClient>;
/** step position → step id on the test municipality's default ladder */
const steps = new Map<number, string>();
const offerIds = new Map<string, string>();
const step = (position: number) => steps.get(position) as string;

type OfferInsert = Omit<Insertable<OfferTable>, 'municipality_id' | 'step_id'> & { step: number };

function offerRow(fields: Partial<OfferInsert> & Pick<OfferInsert, 'name' | 'step'>): OfferInsert {
  return {
    description: '',
    provider_kind: 'own',
    provider_name: 'Familiehuset',
    target: 'child',
    form: 'individual',
    setting: 'home',
    age_min: 0,
    age_max: 17,
    ics_areas: [],
    evidence: 'documented',
    legal_basis: 'BL § 32',
    unit_cost: '10000.00',
    cost_unit: 'month',
    capacity: 10,
    illustrative: true,
    ...fields,
  };
}

// Places: child individual 20 + 8 = 28 of 40 (70 %); the parent group covers 3–8 only.
const CATALOG: OfferInsert[] = [
  offerRow({
    name: 'Kontaktperson for unge',
    step: 3,
    age_min: 12,
    age_max: 22,
    ics_areas: ['development'],
    capacity: 20,
    unit_cost: '9000.00',
  }),
  offerRow({
    name: 'De Utrolige År – forældregruppe',
    step: 2,
    target: 'parents',
    form: 'group',
    setting: 'everyday',
    age_min: 3,
    age_max: 8,
    ics_areas: ['parenting'],
    evidence: 'evidence_based',
    programme: 'De Utrolige År',
    typical_duration_weeks: 14,
    time_limited: true,
    unit_cost: '18000.00',
    cost_unit: 'course',
    capacity: 12,
  }),
  offerRow({
    name: 'Plejefamilie',
    step: 5,
    setting: 'residential',
    capacity: 8,
    unit_cost: '39167.00',
    provider_kind: 'external',
    provider_name: 'Familieplejen',
  }),
  offerRow({ name: 'Udgået mentorordning', step: 1, capacity: 100, status: 'retired' }),
];

beforeAll(async () => {
  server = await startTestServer({ label: 'analysis' });
  const municipalityId = server.municipality.id;
  await asSystem(server.db, 'test-catalog-analysis', async (tx) => {
    const rows = await tx
      .selectFrom('ladder_version_step')
      .select(['step_id', 'position'])
      .where('municipality_id', '=', municipalityId)
      .execute();
    for (const r of rows) steps.set(r.position, r.step_id);
    for (const { step: position, ...offer } of CATALOG) {
      const { id } = await tx
        .insertInto('offer')
        .values({ ...offer, municipality_id: municipalityId, step_id: step(position) })
        .returning('id')
        .executeTakeFirstOrThrow();
      offerIds.set(offer.name, id);
    }
  });
  for (const key of [
    'admin',
    'leader',
    'front',
    'caseworker',
    'fosterCare',
    'preventive',
    'analyst',
    'teacher',
  ] as const) {
    clients[key] = await loginAs(server, key);
  }
});
afterAll(() => server?.close());

async function auditRows(entityType: string) {
  return server.db
    .selectFrom('audit_log')
    .select(['action', 'outcome', 'role', 'details'])
    .where('municipality_id', '=', server.municipality.id)
    .where('entity_type', '=', entityType)
    .orderBy('seq')
    .execute();
}

describe('GET /api/catalog/analysis', () => {
  it('analyses the active offers on the ladder in force', async () => {
    const res = await clients.analyst.get('/api/catalog/analysis');
    expect(res.status).toBe(200);
    const analysis = res.body as CatalogAnalysisResponse;
    expect(analysis.ladderVersion).toBe(1);
    expect(analysis.coverage).toHaveLength(6 * 4 * 2 * 4);
    expect(
      analysis.coverage.find(
        (c) =>
          c.stepPosition === 3 && c.target === 'child' && c.form === 'individual' && c.ageBand === '18-22',
      ),
    ).toMatchObject({ stepId: step(3), stepName: 'Hjemmebaserede indsatser', offers: 1, capacity: 20 });
    expect(analysis.totals).toEqual({
      offers: 3,
      capacity: 40,
      // 9,000 × 20 + 18,000 / (14 / 4.33) × 12 + 39,167 × 8
      monthlyCost: 180_000 + 5_571 * 12 + 313_336,
      offersWithoutCapacity: 0,
    });
    expect(analysis.shares.capacity).toEqual({
      childDirected: 0.7,
      parentsFamilyNetwork: 0.3,
      individual: 0.7,
      group: 0.3,
      childIndividual: 0.7,
    });
    expect(analysis.settings).toEqual({ maxChildIndividualShare: 0.5 });
  });

  it('names the gaps with the rule, a Danish description and the figures', async () => {
    const { gaps } = (await clients.leader.get('/api/catalog/analysis')).body as CatalogAnalysisResponse;
    const share = gaps.find((g) => g.rule === 'child_individual_share_above_threshold');
    expect(share).toMatchObject({
      ruleLabel: 'For stor andel børnerettede individuelle tilbud',
      details: { share: 0.7, threshold: 0.5, childIndividualCapacity: 28, totalCapacity: 40 },
    });
    expect(share?.description).toContain('70 %');
    const parentGroups = gaps.filter((g) => g.rule === 'no_parent_group_programme_in_age_band');
    expect(parentGroups.map((g) => g.ageBand)).toEqual(['13-17']);
    const noEvidence = gaps.filter((g) => g.rule === 'step_without_evidence_based_offer');
    expect(noEvidence.map((g) => g.stepId)).toEqual([1, 3, 4, 5, 6].map(step));
    expect(gaps.map((g) => g.rule)).toContain('no_flexible_school_offer');
  });

  it.each(['admin', 'leader', 'front', 'caseworker', 'fosterCare', 'preventive', 'analyst'] as const)(
    '%s may read it',
    async (key) => {
      expect((await clients[key].get('/api/catalog/analysis')).status).toBe(200);
    },
  );

  it('refuses a professional, and the refusal is audited', async () => {
    const res = await clients.teacher.get('/api/catalog/analysis');
    expect(res.status).toBe(403);
    expect(res.body.error.id).toBe('forbidden');
    expect(await auditRows('catalog_analysis')).toContainEqual(
      expect.objectContaining({ action: 'read', outcome: 'denied', role: 'professional' }),
    );
  });
});

describe('PUT /api/catalog/settings', () => {
  const put = (key: UserKey, body: unknown) => clients[key].request('PUT', '/api/catalog/settings', body);

  it('lets the admin move the threshold, audited, and the analysis follows', async () => {
    const res = await put('admin', { maxChildIndividualShare: 0.75 });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ settings: { maxChildIndividualShare: 0.75 } });
    const analysis = (await clients.analyst.get('/api/catalog/analysis')).body as CatalogAnalysisResponse;
    expect(analysis.settings.maxChildIndividualShare).toBe(0.75);
    expect(analysis.gaps.map((g) => g.rule)).not.toContain('child_individual_share_above_threshold');
    expect(await auditRows('catalog_setting')).toContainEqual({
      action: 'change',
      outcome: 'allowed',
      role: 'admin',
      details: { before: { maxChildIndividualShare: 0.5 }, after: { maxChildIndividualShare: 0.75 } },
    });
    // a second change updates the one row
    expect((await put('admin', { maxChildIndividualShare: 0.5 })).body.settings.maxChildIndividualShare).toBe(
      0.5,
    );
  });

  it.each(['leader', 'analyst', 'caseworker', 'teacher'] as const)('refuses %s', async (key) => {
    const res = await put(key, { maxChildIndividualShare: 0.9 });
    expect(res.status).toBe(403);
  });

  it.each([
    [{ maxChildIndividualShare: 1.5 }, 'mellem 0 og 1'],
    [{ maxChildIndividualShare: 0.12345 }, '3 decimaler'],
    [{ maxChildIndividualShare: 0.5, extra: 1 }, 'Ukendte felter: extra'],
    [{}, 'maxChildIndividualShare'],
  ])('refuses %j', async (body, message) => {
    const res = await put('admin', body);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(message);
  });
});

describe('GET /api/offers/match', () => {
  const match = (key: UserKey, query: string) => clients[key].get(`/api/offers/match?${query}`);
  const names = (matches: OfferMatchView[]) => matches.map((m) => m.offer.name);

  it('gives every staff role suitable offers, lowest step first, with the step and the reasons', async () => {
    const res = await match('teacher', `age=14&areas=development,parenting&currentStep=${step(2)}`);
    expect(res.status).toBe(200);
    const matches = res.body.matches as OfferMatchView[];
    expect(names(matches)).toEqual(['Kontaktperson for unge']);
    expect(matches[0]).toMatchObject({
      step: { id: step(3), position: 3, name: 'Hjemmebaserede indsatser' },
      atCapacity: false,
      offer: { id: offerIds.get('Kontaktperson for unge'), stepPosition: 3, icsAreas: ['development'] },
    });
    expect(matches[0]?.reasons[0]).toBe('Alder 14 år er inden for 12–22 år.');
  });

  it('stays near the current step: a 5-year-old with no step gets the parent group, not the foster family', async () => {
    const res = await match('caseworker', 'age=5');
    expect(names(res.body.matches)).toEqual(['De Utrolige År – forældregruppe']);
    const higher = await match('caseworker', `age=5&currentStep=${step(4)}`);
    expect(names(higher.body.matches)).toEqual(['De Utrolige År – forældregruppe', 'Plejefamilie']);
  });

  it('is not taken for an offer id, and the offer route still works beside it', async () => {
    const res = await match('admin', '');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('age');
    const one = await clients.admin.get(`/api/offers/${offerIds.get('Plejefamilie')}`);
    expect(one.status).toBe(200);
    expect(one.body.offer.name).toBe('Plejefamilie');
  });

  it.each([
    ['age=23', 'mellem 0 og 22'],
    ['age=7&areas=development,school', 'Ukendt ICS-område: school'],
    ['age=7&currentStep=nope', 'Ugyldigt trin-id'],
    [`age=7&currentStep=${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`, 'findes ikke på den gældende'],
    ['age=7&foo=1', 'Ukendte felter: foo'],
  ])('refuses %s', async (query, message) => {
    const res = await match('leader', query);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(message);
  });

  it('appears in the OpenAPI document', async () => {
    const res = await clients.admin.get('/api/openapi.json');
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/catalog/analysis', '/api/catalog/settings', '/api/offers/match']),
    );
  });
});
