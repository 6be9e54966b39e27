import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem, inMunicipality } from '../../store/database.ts';
import { USER_KEYS, type UserKey } from '../../testing/fixtures.ts';
import { type ApiClient, loginAll, startTestServer, type TestServer } from '../../testing/server.ts';
import { sendSchoolReport } from '../intake/reports.testing.ts';

let server: TestServer;
let c: Record<UserKey, ApiClient>;
beforeAll(async () => {
  server = await startTestServer({ label: 'journal' });
  c = await loginAll(server, USER_KEYS);
});
afterAll(() => server.close());

const HOUR = 3_600_000;
const entry = (overrides: Record<string, unknown> = {}) => ({
  kind: 'home_visit',
  occurredAt: new Date(Date.now() - 2 * HOUR).toISOString(),
  text: 'Hjemmebesøg: mor fortæller, at morgenerne er blevet lettere.',
  ...overrides,
});

describe('the journal', () => {
  it('is written by the case’s caseworker and foster-care consultant, read by its readers, and by no one else', async () => {
    const { inClass, other } = server.municipality.cases;
    expect((await c.caseworker.post(`/api/cases/${inClass}/journal`, entry())).status).toBe(201);
    expect((await c.fosterCare.post(`/api/cases/${other}/journal`, entry())).status).toBe(201);
    for (const k of ['caseworker2', 'leader', 'front', 'analyst', 'admin', 'teacher'] as const) {
      expect((await c[k].post(`/api/cases/${inClass}/journal`, entry())).status, k).toBe(403);
    }
    expect((await c.leader.get(`/api/cases/${inClass}/journal`)).status).toBe(200);
    for (const k of ['caseworker2', 'fosterCare', 'front', 'analyst', 'admin', 'teacher'] as const) {
      expect((await c[k].get(`/api/cases/${inClass}/journal`)).status, k).toBe(403);
    }
  });

  it('returns the same entry for a retried request, concurrently too, and 409 for a reused key', async () => {
    const { inClass } = server.municipality.cases;
    const body = entry({ idempotencyKey: randomUUID(), kind: 'phone', text: 'Telefonsamtale med skolen.' });
    const [a, b] = await Promise.all([
      c.caseworker.post(`/api/cases/${inClass}/journal`, body),
      c.caseworker.post(`/api/cases/${inClass}/journal`, body),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(a.body.id).toBe(b.body.id);
    const again = await c.caseworker.post(`/api/cases/${inClass}/journal`, body);
    expect(again).toMatchObject({ status: 200, body: { id: a.body.id } });
    const list = await c.caseworker.get(`/api/cases/${inClass}/journal`);
    expect(list.body.filter((e: { id: string }) => e.id === a.body.id)).toHaveLength(1);
    const reused = await c.caseworker.post(`/api/cases/${inClass}/journal`, {
      ...body,
      text: 'Noget andet.',
    });
    expect(reused.status).toBe(409);
  });

  it('refuses a time in the future (422) but allows five minutes of clock skew', async () => {
    const { inClass } = server.municipality.cases;
    const future = entry({ occurredAt: new Date(Date.now() + HOUR).toISOString() });
    const res = await c.caseworker.post(`/api/cases/${inClass}/journal`, future);
    expect(res.status).toBe(422);
    expect(res.body.error.message).toMatch(/fremtiden/);
    const skew = entry({ occurredAt: new Date(Date.now() + 2 * 60_000).toISOString() });
    expect((await c.caseworker.post(`/api/cases/${inClass}/journal`, skew)).status).toBe(201);
    expect(
      (await c.caseworker.post(`/api/cases/${inClass}/journal`, entry({ occurredAt: 'i går' }))).status,
    ).toBe(400);
  });

  it('corrects by a new entry only: a chain, newest first, each entry pointing to its correction', async () => {
    const { inClass, other } = server.municipality.cases;
    const url = `/api/cases/${inClass}/journal`;
    const original = await c.caseworker.post(url, entry({ kind: 'meeting', text: 'Møde med far tirsdag.' }));
    const fix = await c.caseworker.post(
      url,
      entry({ kind: 'meeting', text: 'Møde med far onsdag (rettet dato).', correctsId: original.body.id }),
    );
    expect(fix.status).toBe(201);
    expect(fix.body.correctsId).toBe(original.body.id);
    // The original is corrected already: a second correction must correct the correction.
    const twice = await c.caseworker.post(
      url,
      entry({ text: 'Anden rettelse.', correctsId: original.body.id }),
    );
    expect(twice.status).toBe(409);
    const fix2 = await c.caseworker.post(
      url,
      entry({ text: 'Møde med far og mor onsdag.', correctsId: fix.body.id }),
    );
    expect(fix2.status).toBe(201);

    const list = (await c.caseworker.get(url)).body as {
      id: string;
      correctsId: string | null;
      correctedById: string | null;
      occurredAt: string;
      writtenBy: { name: string };
    }[];
    const byId = new Map(list.map((e) => [e.id, e]));
    expect(byId.get(original.body.id)).toMatchObject({ correctedById: fix.body.id, correctsId: null });
    expect(byId.get(fix.body.id)).toMatchObject({
      correctedById: fix2.body.id,
      correctsId: original.body.id,
    });
    expect(byId.get(fix2.body.id)).toMatchObject({
      correctedById: null,
      writtenBy: { name: 'Test caseworker' },
    });
    const times = list.map((e) => new Date(e.occurredAt).getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(list[0]?.occurredAt).toMatch(/[+-]\d{2}:\d{2}$/);

    // An entry of another case cannot be corrected from here.
    const foreign = await c.caseworker2.post(`/api/cases/${other}/journal`, entry());
    expect((await c.caseworker.post(url, entry({ correctsId: foreign.body.id }))).status).toBe(422);
  });

  it('cannot be edited or deleted: no route, and the database refuses the app role', async () => {
    const { inClass } = server.municipality.cases;
    const created = await c.caseworker.post(`/api/cases/${inClass}/journal`, entry());
    expect((await c.caseworker.patch(`/api/journal/${created.body.id}`, { text: 'x' })).status).toBe(404);
    await expect(
      inMunicipality(server.db, server.municipality.id, (tx) =>
        tx.updateTable('journal_entry').set({ text: 'ændret' }).where('id', '=', created.body.id).execute(),
      ),
    ).rejects.toThrow(/permission denied/);
  });
});

describe('the chronology', () => {
  it('lists the report (date and source only), the case and the journal’s decisions in date order', async () => {
    const { inClass } = server.municipality.cases;
    const reportId = await sendSchoolReport(c.teacher, server.children.inClass.id, {
      text: 'Fortroligt indhold, som ikke hører til i sagens kronologi.',
    });
    const decision = await c.caseworker.post(
      `/api/cases/${inClass}/journal`,
      entry({ kind: 'decision', text: 'Afgørelse om familiebehandling efter BL § 32.' }),
    );
    await c.caseworker.post(
      `/api/cases/${inClass}/journal`,
      entry({ kind: 'note', text: 'Et almindeligt notat.' }),
    );

    const base = { municipality_id: server.municipality.id, case_id: inClass };
    const me = server.users.caseworker.id;
    await asSystem(server.db, 'test-fixture', async (tx) => {
      await tx
        .insertInto('assessment')
        .values({
          ...base,
          kind: 'assessment',
          aware_on: '2025-01-10',
          completed_on: '2025-03-01',
          conclusion: 'x',
          created_by: me,
        })
        .execute();
      await tx
        .insertInto('child_conversation')
        .values({
          ...base,
          held_on: '2025-02-01',
          form: 'walk_and_talk',
          child_words: 'Jeg vil gerne bo hjemme.',
          held_by: me,
        })
        .execute();
      await tx
        .insertInto('plan')
        .values({
          ...base,
          kind: 'child_plan',
          agreed_on: '2025-03-15',
          participants: JSON.stringify([{ name: 'Mor', relation: 'mor' }]),
          created_by: me,
        })
        .execute();
      await tx
        .insertInto('ladder_move')
        .values({
          ...base,
          child_id: server.children.inClass.id,
          moved_on: '2025-03-20',
          from_position: 0,
          to_position: 3,
          direction: 'up',
          reason: 'Familiebehandling',
          created_by: me,
        })
        .execute();
    });

    const res = await c.caseworker.get(`/api/cases/${inClass}/chronology`);
    expect(res.status).toBe(200);
    expect(
      res.body.events
        .filter((e: { on: string }) => e.on < '2026-01-01')
        .map((e: { kind: string; on: string }) => [e.on, e.kind]),
    ).toEqual([
      ['2025-02-01', 'child_conversation'],
      ['2025-03-01', 'assessment_completed'],
      ['2025-03-15', 'plan'],
      ['2025-03-20', 'ladder_move'],
    ]);
    const events = res.body.events as {
      on: string;
      kind: string;
      title: string;
      detail: string | null;
      entityId: string;
    }[];
    expect(events.find((e) => e.kind === 'report')).toMatchObject({
      entityId: reportId,
      detail: 'Skole',
    });
    expect(JSON.stringify(events)).not.toMatch(/Fortroligt/);
    expect(events.find((e) => e.kind === 'case_opened')).toMatchObject({ entityId: inClass });
    expect(events.filter((e) => e.kind === 'journal').map((e) => e.entityId)).toEqual([decision.body.id]);
    const dates = events.map((e) => e.on);
    expect(dates).toEqual([...dates].sort());
    for (const k of ['caseworker2', 'analyst', 'admin', 'teacher'] as const) {
      expect((await c[k].get(`/api/cases/${inClass}/chronology`)).status, k).toBe(403);
    }
  });
});
