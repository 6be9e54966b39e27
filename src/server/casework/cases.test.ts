import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInCopenhagen } from '../../core/calendar/zone.ts';
import { formatCpr } from '../../core/cpr.ts';
import { createLadderOffers } from '../../testing/casework.ts';
import { USER_KEYS, type UserKey } from '../../testing/fixtures.ts';
import { type ApiClient, loginAll, startTestServer, type TestServer } from '../../testing/server.ts';
import { addChild, addMeasure, auditRows, caseVersion } from './cases.testing.ts';

let server: TestServer;
let c: Record<UserKey, ApiClient>;
let offers: Record<number, string>;

beforeAll(async () => {
  server = await startTestServer({ label: 'cases' });
  c = await loginAll(server, USER_KEYS);
  offers = await createLadderOffers(server.db, server.municipality);
});
afterAll(() => server?.close());

const m = () => server.municipality;

describe('GET /api/cases/:id: who reads which case', () => {
  // inClass: d1, caseworker. other: d2, caseworker2 + fosterCare. districtCase: d1, nobody.
  const table: [UserKey, 'inClass' | 'other' | 'districtCase', number][] = [
    ['caseworker', 'inClass', 200],
    ['leader', 'inClass', 200],
    ['caseworker2', 'inClass', 403],
    ['preventive', 'inClass', 403],
    ['fosterCare', 'inClass', 403],
    ['front', 'inClass', 403],
    ['analyst', 'inClass', 403],
    ['admin', 'inClass', 403],
    ['teacher', 'inClass', 403],
    ['caseworker2', 'other', 200],
    ['fosterCare', 'other', 200],
    ['caseworker', 'other', 403],
    ['leader', 'other', 403],
    ['caseworker', 'districtCase', 200],
    ['caseworker2', 'districtCase', 403],
  ];
  it.each(table)('%s reading %s gets %i, audited with that outcome', async (who, key, status) => {
    const caseId = m().cases[key];
    const before = (await auditRows(server.db, m(), caseId)).length;
    const res = await c[who].get(`/api/cases/${caseId}`);
    expect(res.status).toBe(status);
    const rows = (await auditRows(server.db, m(), caseId)).slice(before);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'read',
      entity_type: 'case',
      user_id: server.users[who].id,
      outcome: status === 200 ? 'allowed' : 'denied',
    });
  });

  it('shows the case with version, child, district, current step and the caller’s rights', async () => {
    const res = await c.caseworker.get(`/api/cases/${m().cases.inClass}`);
    expect(res.body).toMatchObject({
      id: m().cases.inClass,
      version: expect.any(Number),
      child: {
        id: server.children.inClass.id,
        birthDate: '2019-03-04',
        cpr: formatCpr(server.children.inClass.cpr),
      },
      district: { id: m().districts.d1, name: 'Nord' },
      caseworker: { id: server.users.caseworker.id, name: 'Test caseworker' },
      currentStep: { position: 0, name: 'Almindeligt hverdagsliv' },
      access: { write: true, assign: false, close: true, teamRead: false, emergency: false },
    });
  });

  it('marks a team read in the district as such, read only, and flags it in the audit log', async () => {
    const res = await c.caseworker.get(`/api/cases/${m().cases.districtCase}`);
    expect(res.body.access).toMatchObject({ teamRead: true, write: false, assign: false });
    const rows = await auditRows(server.db, m(), m().cases.districtCase);
    expect(rows.at(-1)?.details).toMatchObject({ teamRead: true });
  });

  it('gives the current step from the child’s active measures, named as on the ladder', async () => {
    const child = await addChild(server.db, m(), {
      openCase: true,
      caseworkerId: server.users.caseworker.id,
    });
    const caseId = child.caseId as string;
    await addMeasure(server.db, m(), { caseId, offerId: offers[2] as string, startOn: '2025-01-01' });
    await addMeasure(server.db, m(), {
      caseId,
      offerId: offers[3] as string,
      startOn: '2025-02-01',
      endedOn: '2025-06-01',
    });
    const res = await c.caseworker.get(`/api/cases/${caseId}`);
    expect(res.body.currentStep).toEqual({ position: 2, name: 'Forebyggende indsatser' });
  });

  it('opens a case to reading by emergency access only, flagged in the audit log, never to writing', async () => {
    const child = await addChild(server.db, m(), { openCase: true });
    const caseId = child.caseId as string;
    expect((await c.caseworker2.get(`/api/cases/${caseId}`)).status).toBe(403);
    const grant = await c.caseworker2.post(`/api/children/${child.id}/emergency-access`, {
      reason: 'Politiet ringer om barnet en søndag aften.',
    });
    expect(grant.status).toBeLessThan(300);
    const res = await c.caseworker2.get(`/api/cases/${caseId}`);
    expect(res.status).toBe(200);
    expect(res.body.access).toMatchObject({ emergency: true, write: false, assign: false, close: false });
    const rows = await auditRows(server.db, m(), caseId);
    expect(rows.at(-1)).toMatchObject({
      action: 'read',
      outcome: 'allowed',
      emergency: true,
      reason: 'Politiet ringer om barnet en søndag aften.',
    });
    const write = await c.caseworker2.patch(`/api/cases/${caseId}`, { version: 1, awareOn: '2026-01-01' });
    expect(write.status).toBe(403);
  });

  it('answers 404 for an unknown case and 400 for a malformed id', async () => {
    expect((await c.caseworker.get('/api/cases/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await c.caseworker.get('/api/cases/nope')).status).toBe(400);
  });
});

describe('POST /api/cases', () => {
  it('lets Front open a case without a caseworker, in the child’s district, and refuses a second (409 naming it)', async () => {
    const child = await addChild(server.db, m());
    const res = await c.front.post('/api/cases', {
      childId: child.id,
      reason: 'Underretning fra sundhedsplejen',
      awareOn: '2026-01-05',
      responsibleTeam: 'family_team',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      version: 1,
      caseworker: null,
      district: { id: m().districts.d1 },
      awareOn: '2026-01-05',
      responsibleTeam: 'family_team',
    });
    const again = await c.caseworker.post('/api/cases', {
      childId: child.id,
      reason: 'Igen',
      awareOn: '2026-01-06',
    });
    expect(again.status).toBe(409);
    expect(again.body.error.id).toBe('conflict');
    expect(again.body.error.message).toContain(res.body.id);
    const audit = await auditRows(server.db, m(), res.body.id);
    expect(audit[0]).toMatchObject({ action: 'create', outcome: 'allowed', user_id: server.users.front.id });
  });

  it('lets exactly one of two concurrent openings for a child win', async () => {
    const child = await addChild(server.db, m());
    const body = { childId: child.id, reason: 'Samtidig', awareOn: '2026-02-01' };
    const results = await Promise.all([c.front.post('/api/cases', body), c.leader.post('/api/cases', body)]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
  });

  it('makes the caseworker who opens a case its caseworker, with an assignment row', async () => {
    const child = await addChild(server.db, m());
    const res = await c.caseworker.post('/api/cases', {
      childId: child.id,
      reason: 'Henvendelse fra forælder',
      awareOn: '2026-02-02',
    });
    expect(res.status).toBe(201);
    expect(res.body.caseworker.id).toBe(server.users.caseworker.id);
    expect(res.body.access.write).toBe(true);
    const history = await c.caseworker.get(`/api/cases/${res.body.id}/assignments`);
    expect(history.body).toMatchObject([
      { responsibility: 'caseworker', user: { id: server.users.caseworker.id } },
    ]);
  });

  it('lets only a leader assign at opening, and only a user who can be caseworker', async () => {
    const child = await addChild(server.db, m());
    const base = { childId: child.id, reason: 'Ny sag', awareOn: '2026-02-03' };
    const byCaseworker = await c.caseworker.post('/api/cases', {
      ...base,
      caseworkerId: server.users.caseworker2.id,
    });
    expect(byCaseworker.status).toBe(403);
    const wrongRole = await c.leader.post('/api/cases', { ...base, caseworkerId: server.users.teacher.id });
    expect(wrongRole.status).toBe(422);
    const ok = await c.leader.post('/api/cases', { ...base, caseworkerId: server.users.caseworker2.id });
    expect(ok.status).toBe(201);
    expect(ok.body.caseworker.id).toBe(server.users.caseworker2.id);
  });

  it('opens a case only for a child in the opener’s reach, and tells nobody else that a case exists', async () => {
    // d2 children: caseworker and leader work in d1 only (the review's raadgiver1 → Kirkebjerg child).
    const child = await addChild(server.db, m(), { district: 'd2' });
    const body = { childId: child.id, reason: 'Henvendelse', awareOn: '2026-11-20' };
    for (const who of ['caseworker', 'leader'] as const) {
      const res = await c[who].post('/api/cases', body);
      expect(res.status).toBe(403);
      expect(JSON.stringify(res.body)).not.toContain(child.id);
    }
    const denied = await server.db
      .selectFrom('audit_log')
      .select(['user_id', 'outcome'])
      .where('municipality_id', '=', m().id)
      .where('action', '=', 'create')
      .where('entity_type', '=', 'case')
      .where('outcome', '=', 'denied')
      .where(sql<boolean>`details->>'childId' = ${child.id}`)
      .execute();
    expect(denied.map((d) => d.user_id).sort()).toEqual(
      [server.users.caseworker.id, server.users.leader.id].sort(),
    );
    // The caseworker of d2 opens it; then an out-of-reach caseworker still gets 403, not 409 naming it.
    const opened = await c.caseworker2.post('/api/cases', body);
    expect(opened.status).toBe(201);
    const again = await c.caseworker.post('/api/cases', body);
    expect(again.status).toBe(403);
    expect(JSON.stringify(again.body)).not.toContain(opened.body.id);
    expect((await c.caseworker.get(`/api/children/${child.id}`)).status).toBe(403);
    const cases = await server.db
      .selectFrom('cases')
      .select(['id', 'caseworker_id'])
      .where('municipality_id', '=', m().id)
      .where('child_id', '=', child.id)
      .execute();
    expect(cases).toEqual([{ id: opened.body.id, caseworker_id: server.users.caseworker2.id }]);
  });

  it('lets Front open a case for a child of any district', async () => {
    const child = await addChild(server.db, m(), { district: 'd2' });
    const res = await c.front.post('/api/cases', {
      childId: child.id,
      reason: 'Underretning',
      awareOn: '2026-11-20',
    });
    expect(res.status).toBe(201);
    expect(res.body.district.id).toBe(m().districts.d2);
  });

  it('refuses roles that may not open cases, unknown fields, an unknown child and a future date', async () => {
    const child = await addChild(server.db, m());
    const base = { childId: child.id, reason: 'Ny sag', awareOn: '2026-02-03' };
    for (const who of ['teacher', 'analyst', 'admin', 'preventive', 'fosterCare'] as const) {
      expect((await c[who].post('/api/cases', base)).status).toBe(403);
    }
    expect((await c.front.post('/api/cases', { ...base, urgent: true })).status).toBe(400);
    expect(
      (await c.front.post('/api/cases', { ...base, childId: '00000000-0000-4000-8000-000000000000' })).status,
    ).toBe(422);
    expect((await c.front.post('/api/cases', { ...base, awareOn: '2199-01-01' })).status).toBe(422);
    const cases = await server.db
      .selectFrom('cases')
      .select('id')
      .where('municipality_id', '=', m().id)
      .where('child_id', '=', child.id)
      .execute();
    expect(cases).toHaveLength(0);
  });
});

describe('PATCH /api/cases/:id', () => {
  it('keeps the first of two saves from the same version and answers the second 409 with the current case', async () => {
    const child = await addChild(server.db, m(), {
      openCase: true,
      caseworkerId: server.users.caseworker.id,
    });
    const url = `/api/cases/${child.caseId}`;
    const version = (await c.caseworker.get(url)).body.version;
    const first = await c.caseworker.patch(url, { version, parentServicesContact: 'Jobcentret, Hanne' });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(version + 1);
    const second = await c.caseworker.patch(url, { version, responsibleTeam: 'youth_team' });
    expect(second.status).toBe(409);
    expect(second.body.error.id).toBe('version_conflict');
    expect(second.body.current).toMatchObject({
      version: version + 1,
      parentServicesContact: 'Jobcentret, Hanne',
      responsibleTeam: null,
    });
    expect(await caseVersion(server.db, child.caseId as string)).toBe(version + 1);
  });

  const fieldTable: [UserKey, number][] = [
    ['caseworker', 200],
    ['leader', 403],
    ['caseworker2', 403],
    ['preventive', 403],
    ['fosterCare', 403],
    ['front', 403],
    ['analyst', 403],
  ];
  it.each(fieldTable)('case fields of inClass: %s gets %i (denials audited)', async (who, status) => {
    const caseId = m().cases.inClass;
    const version = await caseVersion(server.db, caseId);
    const res = await c[who].patch(`/api/cases/${caseId}`, { version, awareOn: '2026-01-10' });
    expect(res.status).toBe(status);
    const last = (await auditRows(server.db, m(), caseId)).filter((r) => r.user_id === server.users[who].id);
    expect(last.at(-1)?.outcome).toBe(status === 200 ? 'allowed' : 'denied');
    if (status !== 200) expect(await caseVersion(server.db, caseId)).toBe(version);
  });

  const assignTable: [UserKey, number][] = [
    ['leader', 200],
    ['caseworker', 403],
    ['front', 403],
  ];
  it.each(assignTable)('assigning a caseworker: %s gets %i', async (who, status) => {
    const child = await addChild(server.db, m(), { openCase: true });
    const caseId = child.caseId as string;
    const res = await c[who].patch(`/api/cases/${caseId}`, {
      version: 1,
      caseworkerId: server.users.caseworker.id,
      assignmentReason: 'Ledig kapacitet',
    });
    expect(res.status).toBe(status);
  });

  it('records each reassignment with reason, and refuses an assignee of the wrong role (422, nothing stored)', async () => {
    const child = await addChild(server.db, m(), { openCase: true });
    const url = `/api/cases/${child.caseId}`;
    const wrong = await c.leader.patch(url, {
      version: 1,
      fosterCareConsultantId: server.users.caseworker.id,
    });
    expect(wrong.status).toBe(422);
    const a = await c.leader.patch(url, {
      version: 1,
      caseworkerId: server.users.caseworker.id,
      fosterCareConsultantId: server.users.fosterCare.id,
      assignmentReason: 'Fordeling',
    });
    expect(a.status).toBe(200);
    const b = await c.leader.patch(url, {
      version: 2,
      caseworkerId: server.users.preventive.id,
      assignmentReason: 'Sygdom',
    });
    expect(b.status).toBe(200);
    expect(b.body.caseworker.id).toBe(server.users.preventive.id);
    const history = await c.leader.get(`${url}/assignments`);
    expect(
      history.body.map((h: { responsibility: string; reason: string }) => [h.responsibility, h.reason]),
    ).toEqual([
      ['caseworker', 'Fordeling'],
      ['foster_care_consultant', 'Fordeling'],
      ['caseworker', 'Sygdom'],
    ]);
  });

  it('sets the contact person on the siblings’ open cases too, each with its own assignment row', async () => {
    const first = await addChild(server.db, m(), { openCase: true });
    const second = await addChild(server.db, m(), { siblingOf: first.id, openCase: true });
    const third = await addChild(server.db, m(), { siblingOf: first.id });
    const res = await c.leader.patch(`/api/cases/${first.caseId}`, {
      version: 1,
      contactPersonId: server.users.preventive.id,
      assignmentReason: 'Én kontaktperson for familien',
    });
    expect(res.status).toBe(200);
    expect(res.body.siblings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ childId: second.id, caseId: second.caseId }),
        expect.objectContaining({ childId: third.id, caseId: null }),
      ]),
    );
    const sibling = await c.leader.get(`/api/cases/${second.caseId}`);
    expect(sibling.body.contactPerson.id).toBe(server.users.preventive.id);
    expect(sibling.body.version).toBe(2);
    const history = await c.leader.get(`/api/cases/${second.caseId}/assignments`);
    expect(history.body).toMatchObject([
      { responsibility: 'contact_person', user: { id: server.users.preventive.id } },
    ]);
  });

  it('closes with a reason, refusing while measures are active (422 naming them)', async () => {
    const child = await addChild(server.db, m(), {
      openCase: true,
      caseworkerId: server.users.caseworker.id,
    });
    const caseId = child.caseId as string;
    await addMeasure(server.db, m(), { caseId, offerId: offers[3] as string, startOn: '2025-03-01' });
    const close = { reason: 'goals_met', note: 'Målene er nået.' };
    const refused = await c.caseworker.patch(`/api/cases/${caseId}`, { version: 1, close });
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toContain('Tilbud trin 3');

    const other = await addChild(server.db, m(), { openCase: true });
    const closed = await c.leader.patch(`/api/cases/${other.caseId}`, { version: 1, close });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ closeReason: 'goals_met', closedNote: 'Målene er nået.' });
    expect(closed.body.closedAt).toMatch(/[+-]\d{2}:\d{2}$/);
    expect(closed.body.access).toMatchObject({ write: false, close: false });
    const again = await c.leader.patch(`/api/cases/${other.caseId}`, { version: 2, close });
    expect(again.status).toBe(409);
    // The child may now get a new case.
    const reopened = await c.front.post('/api/cases', {
      childId: other.id,
      reason: 'Ny',
      awareOn: todayInCopenhagen(),
    });
    expect(reopened.status).toBe(201);
  });

  it('refuses unknown fields and an empty change with 400', async () => {
    const url = `/api/cases/${m().cases.inClass}`;
    const version = await caseVersion(server.db, m().cases.inClass);
    expect((await c.caseworker.patch(url, { version, colour: 'blå' })).status).toBe(400);
    expect((await c.caseworker.patch(url, { version })).status).toBe(400);
  });
});
