import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USER_KEYS, type UserKey } from '../../testing/fixtures.ts';
import { type ApiClient, loginAll, startTestServer, type TestServer } from '../../testing/server.ts';

let server: TestServer;
let c: Record<UserKey, ApiClient>;
beforeAll(async () => {
  server = await startTestServer({ label: 'network' });
  c = await loginAll(server, USER_KEYS);
});
afterAll(() => server.close());

const member = (overrides: Record<string, unknown> = {}) => ({
  name: 'Mormor Inge',
  relation: 'mormor',
  closeness: 'close',
  contributions: ['pick_up', 'weekends'],
  phone: '22 33 44 55',
  ...overrides,
});

describe('the network map: who may', () => {
  it('lets the caseworker and the foster-care consultant of the case write; the rest get 403', async () => {
    const { inClass, other, districtCase } = server.municipality.cases;
    expect((await c.caseworker.post(`/api/cases/${inClass}/network`, member())).status).toBe(201);
    expect((await c.fosterCare.post(`/api/cases/${other}/network`, member())).status).toBe(201);
    expect((await c.caseworker2.post(`/api/cases/${other}/network`, member())).status).toBe(201);
    // Not assigned: a team case in the caseworker's district is read, never written.
    expect((await c.caseworker.post(`/api/cases/${districtCase}/network`, member())).status).toBe(403);
    for (const k of [
      'caseworker2',
      'leader',
      'front',
      'preventive',
      'analyst',
      'admin',
      'teacher',
    ] as const) {
      expect((await c[k].post(`/api/cases/${inClass}/network`, member())).status, k).toBe(403);
    }
  });

  it('lets everyone who reads the case read the map; another district, professional, analyst, admin get 403', async () => {
    const { inClass, districtCase } = server.municipality.cases;
    for (const k of ['caseworker', 'leader'] as const) {
      const res = await c[k].get(`/api/cases/${inClass}/network`);
      expect(res.status, k).toBe(200);
    }
    expect((await c.caseworker.get(`/api/cases/${districtCase}/network`)).status).toBe(200);
    for (const k of ['caseworker2', 'fosterCare', 'front', 'analyst', 'admin', 'teacher'] as const) {
      expect((await c[k].get(`/api/cases/${inClass}/network`)).status, k).toBe(403);
    }
    const audit = await c.dpo.get(`/api/audit?user=${server.users.caseworker2.username}`);
    expect(
      audit.body.rows.some(
        (r: { outcome: string; entityType: string }) =>
          r.outcome === 'denied' && r.entityType === 'network_member',
      ),
    ).toBe(true);
  });

  it('refuses unknown fields and unknown contributions (400), and an unknown case (404)', async () => {
    const { inClass } = server.municipality.cases;
    expect((await c.caseworker.post(`/api/cases/${inClass}/network`, member({ age: 70 }))).status).toBe(400);
    expect(
      (await c.caseworker.post(`/api/cases/${inClass}/network`, member({ contributions: ['money'] }))).status,
    ).toBe(400);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await c.caseworker.post(`/api/cases/${unknown}/network`, member())).status).toBe(404);
  });
});

describe('the network map: editing', () => {
  it('saves with the current version, refuses a stale one with 409 and the current record', async () => {
    const { inClass } = server.municipality.cases;
    const created = await c.caseworker.post(`/api/cases/${inClass}/network`, member({ name: 'Onkel Per' }));
    expect(created.body).toMatchObject({ version: 1, active: true, contributions: ['pick_up', 'weekends'] });
    const id = created.body.id;
    const first = await c.caseworker.patch(`/api/network-members/${id}`, { version: 1, closeness: 'middle' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ version: 2, closeness: 'middle', name: 'Onkel Per' });
    const stale = await c.caseworker.patch(`/api/network-members/${id}`, { version: 1, name: 'Onkel Poul' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.id).toBe('version_conflict');
    expect(stale.body.current).toMatchObject({ id, version: 2, name: 'Onkel Per', closeness: 'middle' });
    // Nothing of the stale save was kept.
    const list = await c.caseworker.get(`/api/cases/${inClass}/network`);
    expect(list.body.find((m: { id: string }) => m.id === id)).toMatchObject({
      name: 'Onkel Per',
      version: 2,
    });
  });

  it('takes a person off the map with active: false and keeps them', async () => {
    const { inClass } = server.municipality.cases;
    const created = await c.caseworker.post(`/api/cases/${inClass}/network`, member({ name: 'Nabo Jens' }));
    const off = await c.caseworker.patch(`/api/network-members/${created.body.id}`, {
      version: 1,
      active: false,
    });
    expect(off.body).toMatchObject({ active: false, version: 2 });
    const list = await c.caseworker.get(`/api/cases/${inClass}/network`);
    const actives = list.body.map((m: { active: boolean }) => m.active);
    expect(actives).toContain(false);
    // Active members first: the map, then those taken off it.
    expect(actives).toEqual([...actives].sort((a: boolean, b: boolean) => Number(b) - Number(a)));
  });

  it('refuses editing by someone not assigned (403) and a member that does not exist (404)', async () => {
    const { inClass } = server.municipality.cases;
    const created = await c.caseworker.post(`/api/cases/${inClass}/network`, member({ name: 'Faster Lis' }));
    const patch = { version: 1, notes: 'Kan hente om onsdagen.' };
    expect((await c.leader.patch(`/api/network-members/${created.body.id}`, patch)).status).toBe(403);
    expect((await c.caseworker2.patch(`/api/network-members/${created.body.id}`, patch)).status).toBe(403);
    expect(
      (await c.caseworker.patch('/api/network-members/00000000-0000-4000-8000-000000000000', patch)).status,
    ).toBe(404);
  });
});
