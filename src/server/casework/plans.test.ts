import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLadderOffers } from '../../testing/casework.ts';
import { USER_KEYS, type UserKey } from '../../testing/fixtures.ts';
import { type ApiClient, loginAll, startTestServer, type TestServer } from '../../testing/server.ts';
import { addChild, addMeasure, auditRows } from './cases.testing.ts';

let server: TestServer;
let c: Record<UserKey, ApiClient>;
let offers: Record<number, string>;

beforeAll(async () => {
  server = await startTestServer({ label: 'plans' });
  c = await loginAll(server, USER_KEYS);
  offers = await createLadderOffers(server.db, server.municipality);
});
afterAll(() => server?.close());

const m = () => server.municipality;
const participants = [
  { name: 'Mor', relation: 'mor' },
  { name: 'Test caseworker', relation: 'rådgiver' },
];

async function ownCase(birthDate = '2016-02-03') {
  const child = await addChild(server.db, m(), {
    openCase: true,
    caseworkerId: server.users.caseworker.id,
    birthDate,
  });
  return child.caseId as string;
}

describe('POST /api/cases/:id/plans', () => {
  it('stores goals with their ICS area and the measures serving them, and lists plans newest first', async () => {
    const caseId = await ownCase();
    const measureId = await addMeasure(server.db, m(), {
      caseId,
      offerId: offers[3] as string,
      startOn: '2026-03-01',
    });
    const first = await c.caseworker.post(`/api/cases/${caseId}/plans`, {
      kind: 'child_plan',
      agreedOn: '2026-03-10',
      participants,
      summary: 'Ro i hverdagen.',
      goals: [
        { icsArea: 'development', text: 'Kommer i skole hver dag.', measureIds: [measureId] },
        { icsArea: 'parenting', text: 'Faste sengetider.' },
      ],
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      version: 1,
      kind: 'child_plan',
      agreedOn: '2026-03-10',
      participants,
      goals: [
        { position: 1, icsArea: 'development', measureIds: [measureId], achievedOn: null },
        { position: 2, icsArea: 'parenting', measureIds: [] },
      ],
    });
    const second = await c.caseworker.post(`/api/cases/${caseId}/plans`, {
      kind: 'child_plan',
      agreedOn: '2026-06-10',
      participants,
      goals: [{ icsArea: 'family_environment', text: 'Netværket er med.' }],
    });
    expect(second.status).toBe(201);
    const list = await c.caseworker.get(`/api/cases/${caseId}/plans`);
    expect(list.body.map((p: { id: string }) => p.id)).toEqual([second.body.id, first.body.id]);
    expect((await auditRows(server.db, m(), first.body.id))[0]).toMatchObject({
      action: 'create',
      entity_type: 'plan',
      outcome: 'allowed',
    });
  });

  it('refuses a measure of another case (422, nothing stored)', async () => {
    const caseId = await ownCase();
    const otherCase = await ownCase();
    const foreign = await addMeasure(server.db, m(), {
      caseId: otherCase,
      offerId: offers[2] as string,
      startOn: '2026-03-01',
    });
    const res = await c.caseworker.post(`/api/cases/${caseId}/plans`, {
      kind: 'child_plan',
      agreedOn: '2026-03-10',
      participants,
      goals: [{ icsArea: 'development', text: 'Mål', measureIds: [foreign] }],
    });
    expect(res.status).toBe(422);
    expect((await c.caseworker.get(`/api/cases/${caseId}/plans`)).body).toEqual([]);
  });

  it('makes a youth plan only for a young person of 15 or more on the day it is agreed', async () => {
    const goals = [{ icsArea: 'development', text: 'Uddannelse efter 9. klasse.' }];
    const young = await ownCase('2011-06-01');
    const tooEarly = await c.caseworker.post(`/api/cases/${young}/plans`, {
      kind: 'youth_plan',
      agreedOn: '2026-05-31',
      participants,
      goals,
    });
    expect(tooEarly.status).toBe(422);
    expect(tooEarly.body.error.message).toContain('14 år');
    const onBirthday = await c.caseworker.post(`/api/cases/${young}/plans`, {
      kind: 'youth_plan',
      agreedOn: '2026-06-01',
      participants,
      goals,
    });
    expect(onBirthday.status).toBe(201);
  });

  it('needs participants and goals, refuses unknown fields, and is the assigned caseworker’s to write', async () => {
    const caseId = await ownCase();
    const body = {
      kind: 'child_plan',
      agreedOn: '2026-03-10',
      participants,
      goals: [{ icsArea: 'development', text: 'Mål' }],
    };
    expect(
      (await c.caseworker.post(`/api/cases/${caseId}/plans`, { ...body, participants: [] })).status,
    ).toBe(400);
    expect((await c.caseworker.post(`/api/cases/${caseId}/plans`, { ...body, goals: [] })).status).toBe(400);
    expect((await c.caseworker.post(`/api/cases/${caseId}/plans`, { ...body, colour: 'grøn' })).status).toBe(
      400,
    );
    for (const who of ['leader', 'caseworker2', 'fosterCare', 'front'] as const) {
      expect((await c[who].post(`/api/cases/${caseId}/plans`, body)).status).toBe(403);
    }
    expect((await c.leader.get(`/api/cases/${caseId}/plans`)).status).toBe(200);
    expect((await c.caseworker2.get(`/api/cases/${caseId}/plans`)).status).toBe(403);
    const denied = await server.db
      .selectFrom('audit_log')
      .select(['role', 'details'])
      .where('municipality_id', '=', m().id)
      .where('entity_type', '=', 'plan')
      .where('action', '=', 'create')
      .where('outcome', '=', 'denied')
      .orderBy('seq')
      .execute();
    // Each refusal is audited once (the order of the rows is not what this test is about).
    expect(
      denied
        .filter((r) => r.details.caseId === caseId)
        .map((r) => r.role)
        .sort(),
    ).toEqual(['caseworker', 'foster_care_consultant', 'front', 'leader']);
  });
});

describe('PATCH /api/plans/:id', () => {
  async function planOf(caseId: string) {
    const res = await c.caseworker.post(`/api/cases/${caseId}/plans`, {
      kind: 'child_plan',
      agreedOn: '2026-03-10',
      participants,
      goals: [
        { icsArea: 'development', text: 'Kommer i skole hver dag.' },
        { icsArea: 'parenting', text: 'Faste sengetider.' },
      ],
    });
    expect(res.status).toBe(201);
    return res.body as { id: string; version: number; goals: { id: string }[] };
  }

  it('marks a goal achieved and adds a goal after the others, bumping the version; the list shows it', async () => {
    const caseId = await ownCase();
    const plan = await planOf(caseId);
    const measureId = await addMeasure(server.db, m(), {
      caseId,
      offerId: offers[2] as string,
      startOn: '2026-03-01',
    });
    const [first] = plan.goals;
    const res = await c.caseworker.patch(`/api/plans/${plan.id}`, {
      version: 1,
      summary: '  Skolen går godt.  ',
      goals: [{ id: first?.id, achievedOn: '2026-05-01' }],
      addGoals: [{ icsArea: 'family_environment', text: 'Mormor er med.', measureIds: [measureId] }],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      version: 2,
      summary: 'Skolen går godt.',
      goals: [
        { id: first?.id, position: 1, achievedOn: '2026-05-01' },
        { position: 2, achievedOn: null },
        { position: 3, icsArea: 'family_environment', text: 'Mormor er med.', measureIds: [measureId] },
      ],
    });
    const [listed] = (await c.caseworker.get(`/api/cases/${caseId}/plans`)).body;
    expect(listed).toEqual(res.body);
    // Taking it back: null.
    const undo = await c.caseworker.patch(`/api/plans/${plan.id}`, {
      version: 2,
      goals: [{ id: first?.id, achievedOn: null, text: 'Kommer i skole hver dag, også om mandagen.' }],
    });
    expect(undo.body.goals[0]).toMatchObject({
      achievedOn: null,
      text: 'Kommer i skole hver dag, også om mandagen.',
    });
    expect(undo.body.version).toBe(3);
    const audit = await auditRows(server.db, m(), plan.id);
    expect(audit.filter((a) => a.action === 'update')).toHaveLength(2);
  });

  it('keeps the first of two saves from the same version; the second gets 409 with the current plan', async () => {
    const caseId = await ownCase();
    const plan = await planOf(caseId);
    const [first, second] = plan.goals;
    const ok = await c.caseworker.patch(`/api/plans/${plan.id}`, {
      version: 1,
      goals: [{ id: first?.id, achievedOn: '2026-04-01' }],
    });
    expect(ok.status).toBe(200);
    const stale = await c.caseworker.patch(`/api/plans/${plan.id}`, {
      version: 1,
      goals: [{ id: second?.id, achievedOn: '2026-04-02' }],
      addGoals: [{ icsArea: 'development', text: 'Ikke gemt.' }],
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.id).toBe('version_conflict');
    expect(stale.body.current).toEqual(ok.body);
    const [listed] = (await c.caseworker.get(`/api/cases/${caseId}/plans`)).body;
    expect(listed.goals).toHaveLength(2);
    expect(listed.goals[1].achievedOn).toBeNull();
    // The audit of the attempt (and the read behind `current`) is kept.
    const audit = await auditRows(server.db, m(), plan.id);
    expect(audit.filter((a) => a.action === 'update').map((a) => a.outcome)).toEqual(['allowed', 'allowed']);
  });

  it('refuses goals of another plan, dates in the future or before the agreement, and empty changes', async () => {
    const caseId = await ownCase();
    const plan = await planOf(caseId);
    const other = await planOf(await ownCase());
    const goal = plan.goals[0]?.id;
    const patch = (body: Record<string, unknown>) =>
      c.caseworker.patch(`/api/plans/${plan.id}`, { version: 1, ...body });
    expect((await patch({ goals: [{ id: other.goals[0]?.id, achievedOn: '2026-04-01' }] })).status).toBe(422);
    expect((await patch({ goals: [{ id: goal, achievedOn: '2199-01-01' }] })).status).toBe(422);
    expect((await patch({ goals: [{ id: goal, achievedOn: '2026-03-09' }] })).status).toBe(422);
    expect((await patch({})).status).toBe(400);
    expect((await patch({ goals: [{ id: goal }] })).status).toBe(400);
    expect((await patch({ goals: [{ id: goal, colour: 'grøn' }] })).status).toBe(400);
    expect((await patch({ participants: [] })).status).toBe(400);
    expect(
      (await c.caseworker.patch(`/api/plans/${randomUUID()}`, { version: 1, summary: 'x' })).status,
    ).toBe(404);
    const [listed] = (await c.caseworker.get(`/api/cases/${caseId}/plans`)).body;
    expect(listed.version).toBe(1);
  });

  it('is the assigned caseworker’s to change: the leader and another district get 403 (audited)', async () => {
    const caseId = await ownCase();
    const plan = await planOf(caseId);
    const body = { version: 1, goals: [{ id: plan.goals[0]?.id, achievedOn: '2026-04-01' }] };
    for (const who of ['leader', 'caseworker2', 'fosterCare', 'front'] as const) {
      expect((await c[who].patch(`/api/plans/${plan.id}`, body)).status, who).toBe(403);
    }
    const audit = await auditRows(server.db, m(), plan.id);
    expect(audit.filter((a) => a.action === 'update').map((a) => a.outcome)).toEqual([
      'denied',
      'denied',
      'denied',
      'denied',
    ]);
    const [listed] = (await c.caseworker.get(`/api/cases/${caseId}/plans`)).body;
    expect(listed.goals[0].achievedOn).toBeNull();
  });

  it('refuses a change on a closed case (409)', async () => {
    const caseId = await ownCase();
    const plan = await planOf(caseId);
    await server.db
      .updateTable('cases')
      .set({ closed_at: new Date(), close_reason_code: 'goals_met', closed_reason: 'Målene er nået.' })
      .where('id', '=', caseId)
      .execute();
    const res = await c.caseworker.patch(`/api/plans/${plan.id}`, {
      version: 1,
      goals: [{ id: plan.goals[0]?.id, achievedOn: '2026-04-01' }],
    });
    expect(res.status).toBe(409);
    expect(res.body.error.id).toBe('conflict');
  });

  it('is in the OpenAPI document', async () => {
    const doc = await (await fetch(`${server.url}/api/openapi.json`)).json();
    expect(doc.paths?.['/api/plans/{id}']?.patch).toBeDefined();
  });
});
