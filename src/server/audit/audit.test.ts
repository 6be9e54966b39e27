import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditRow } from '../../core/api/audit.ts';
import { verifyAuditChain } from '../../store/audit-verify.ts';
import {
  type ApiClient,
  loginAll,
  startTestServer,
  type TestServer,
  testAuditSettings,
} from '../../testing/server.ts';
import { currentLadder, sampleOffer } from '../catalog/catalog.testing.ts';

/** Issue #10, item 2: "who read this child's case?" has one answer, whatever the request looked like. */
let server: TestServer;
let c: Record<'caseworker' | 'leader' | 'dpo', ApiClient>;
beforeAll(async () => {
  server = await startTestServer({ label: 'audit-search' });
  c = await loginAll(server, ['caseworker', 'leader', 'dpo'] as const);
});
afterAll(() => server.close());

const rowsFor = async (entity: string): Promise<AuditRow[]> =>
  (await c.dpo.get(`/api/audit?entity=${entity}`)).body.rows;

describe('the audit search', () => {
  it('finds a read whose id was typed in upper case', async () => {
    const child = server.children.districtCase.id;
    const res = await c.caseworker.get(`/api/children/${child.toUpperCase()}`);
    expect(res.status).toBe(200);
    const rows = await rowsFor(child);
    expect(rows.find((r) => r.action === 'read' && r.entityType === 'child')).toMatchObject({
      entityId: child,
      childId: child,
      userId: server.users.caseworker.id,
    });
    expect((await rowsFor(child.toUpperCase())).length).toBe(rows.length);
  });

  it('finds every read of a case’s journal, plans, network and chronology by the case and by the child', async () => {
    const caseId = server.municipality.cases.inClass;
    const child = server.children.inClass.id;
    const tabs = ['journal', 'plans', 'network', 'chronology', 'measures', 'deadlines'];
    for (const tab of tabs)
      expect((await c.caseworker.get(`/api/cases/${caseId}/${tab}`)).status, tab).toBe(200);
    const expected = [
      'journal_entry',
      'plan',
      'network_member',
      'case_chronology',
      'measure',
      'case_deadlines',
    ];
    for (const entity of [caseId, child]) {
      const rows = (await rowsFor(entity)).filter((r) => r.userId === server.users.caseworker.id);
      expect(rows.map((r) => r.entityType)).toEqual(expect.arrayContaining(expected));
      for (const r of rows.filter((x) => expected.includes(x.entityType)))
        expect(r).toMatchObject({ caseId, childId: child });
    }
  });

  it('finds the lists that showed a child: a search, "Mit overblik"', async () => {
    const child = server.children.inDaycare;
    const res = await c.leader.get(`/api/children?q=${encodeURIComponent(child.firstName)}`);
    expect(res.body.children.map((x: { id: string }) => x.id)).toContain(child.id);
    const rows = await rowsFor(child.id);
    expect(rows.find((r) => r.action === 'search' && r.userId === server.users.leader.id)).toMatchObject({
      entityType: 'child',
      childId: null,
    });
    expect((await c.caseworker.get('/api/cases/mine')).status).toBe(200);
    for (const id of [server.children.inClass.id, server.municipality.cases.inClass]) {
      const listed = (await rowsFor(id)).find((r) => r.entityType === 'case_overview');
      expect(listed, id).toMatchObject({ userId: server.users.caseworker.id, caseId: null });
    }
  });

  it('writes the denial of a refused request with a NUL byte and a lone surrogate in it', async () => {
    const step = (await currentLadder(c.caseworker)).steps[0]?.id as string;
    // JSON may carry both; PostgreSQL refuses NUL in text and jsonb, and a lone surrogate in jsonb.
    const body = JSON.stringify(sampleOffer(step, { name: 'Tilbud' })).replace(
      '"Tilbud"',
      '"Til\\u0000bud \\ud800"',
    );
    const res = await c.caseworker.request('POST', '/api/offers', body, {
      'content-type': 'application/json',
    });
    expect(res.status).toBe(403);
    const rows: AuditRow[] = (await c.dpo.get(`/api/audit?user=${server.users.caseworker.username}`)).body
      .rows;
    expect(rows.find((r) => r.entityType === 'offer' && r.action === 'create')).toMatchObject({
      outcome: 'denied',
    });
  });

  it('links the requests’ events into the chain after commit, with no sweep', async () => {
    const settings = testAuditSettings();
    let result = await verifyAuditChain(server.db, settings, server.municipality.id);
    for (let i = 0; i < 100 && result.pending.count > 0; i++) {
      await new Promise((r) => setTimeout(r, 50));
      result = await verifyAuditChain(server.db, settings, server.municipality.id);
    }
    expect(result.broken).toBeUndefined();
    expect(result.pending.count).toBe(0);
    expect(result.rows).toBeGreaterThan(10);
  });
});
