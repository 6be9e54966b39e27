import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../store/database.ts';
import type { UserKey } from '../../testing/fixtures.ts';
import { type ApiClient, loginAs, startTestServer, type TestServer } from '../../testing/server.ts';

let server: TestServer;
let c: Record<'leader' | 'caseworker' | 'fosterCare' | 'admin', ApiClient>;

beforeAll(async () => {
  server = await startTestServer({ label: 'assignable' });
  c = {
    leader: await loginAs(server, 'leader'),
    caseworker: await loginAs(server, 'caseworker'),
    fosterCare: await loginAs(server, 'fosterCare'),
    admin: await loginAs(server, 'admin'),
  };
});
afterAll(() => server.close());

const url = (r: string) => `/api/casework/assignable-users?responsibility=${r}`;
const ids = (keys: UserKey[]) => keys.map((k) => server.users[k].id).sort();
type User = { id: string; name: string; districts: { id: string; name: string }[] };

function auditOf(outcome: 'allowed' | 'denied') {
  return server.db
    .selectFrom('audit_log')
    .select(['user_id', 'action', 'details'])
    .where('municipality_id', '=', server.municipality.id)
    .where('entity_type', '=', 'assignable_users')
    .where('outcome', '=', outcome)
    .orderBy('seq')
    .execute();
}

describe('GET /api/casework/assignable-users', () => {
  it('lists the active users of the fitting roles of the own municipality, names and districts only', async () => {
    const cw = await c.leader.get(url('caseworker'));
    expect(cw.status).toBe(200);
    expect(cw.body.responsibility).toBe('caseworker');
    expect((cw.body.users as User[]).map((u) => u.id).sort()).toEqual(
      ids(['preventive', 'caseworker', 'caseworker2']),
    );
    const mine = (cw.body.users as User[]).find((u) => u.id === server.users.caseworker.id);
    expect(mine).toEqual({
      id: server.users.caseworker.id,
      name: 'Test caseworker',
      districts: [{ id: server.municipality.districts.d1, name: 'Nord' }],
    });

    const fc = await c.leader.get(url('foster_care_consultant'));
    expect((fc.body.users as User[]).map((u) => u.id)).toEqual(ids(['fosterCare']));

    const cp = await c.leader.get(url('contact_person'));
    expect((cp.body.users as User[]).map((u) => u.id).sort()).toEqual(
      ids(['preventive', 'caseworker', 'caseworker2', 'fosterCare']),
    );
    // Sorted by name for the picker.
    const names = (cp.body.users as User[]).map((u) => u.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));

    const audit = await auditOf('allowed');
    expect(audit.map((a) => a.details)).toEqual([
      { responsibility: 'caseworker', count: 3 },
      { responsibility: 'foster_care_consultant', count: 1 },
      { responsibility: 'contact_person', count: 4 },
    ]);
    expect(audit.every((a) => a.user_id === server.users.leader.id && a.action === 'read')).toBe(true);
  });

  it('refuses everyone but the leader (403, audited as denied)', async () => {
    for (const who of ['caseworker', 'fosterCare', 'admin'] as const) {
      const res = await c[who].get(url('contact_person'));
      expect(res.status, who).toBe(403);
    }
    const denied = await auditOf('denied');
    expect(denied.map((d) => d.user_id)).toEqual([
      server.users.caseworker.id,
      server.users.fosterCare.id,
      server.users.admin.id,
    ]);
  });

  it('refuses a missing or unknown responsibility and unknown parameters (400)', async () => {
    expect((await c.leader.get('/api/casework/assignable-users')).status).toBe(400);
    expect((await c.leader.get(url('leader'))).status).toBe(400);
    expect((await c.leader.get(`${url('caseworker')}&x=1`)).status).toBe(400);
  });

  it('leaves out a deactivated user', async () => {
    await asSystem(server.db, 'test-fixture', (tx) =>
      tx
        .updateTable('app_user')
        .set({ active: false })
        .where('id', '=', server.users.caseworker2.id)
        .execute(),
    );
    const res = await c.leader.get(url('caseworker'));
    expect((res.body.users as User[]).map((u) => u.id).sort()).toEqual(ids(['preventive', 'caseworker']));
  });
});
