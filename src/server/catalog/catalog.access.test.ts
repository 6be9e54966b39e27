import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LadderView } from '../../core/api/catalog.ts';
import { USER_KEYS, type UserKey } from '../../testing/fixtures.ts';
import { type ApiClient, loginAs, startTestServer, type TestServer } from '../../testing/server.ts';
import { currentLadder, download, patch, put, sampleOffer, upload } from './catalog.testing.ts';

/** domain.md: everyone on staff reads the catalog and the ladder; only the admin changes them. */
let server: TestServer;
let ladder: LadderView;
let offerId: string;
const clients = {} as Record<UserKey, ApiClient>;
beforeAll(async () => {
  server = await startTestServer({ label: 'catalog-access' });
  for (const key of USER_KEYS) clients[key] = await loginAs(server, key);
  ladder = await currentLadder(clients.admin);
  const created = await clients.admin.post('/api/offers', sampleOffer(ladder.steps[1]?.id as string));
  offerId = created.body.offer.id;
});
afterAll(() => server.close());

const sameLadder = () => ({
  steps: ladder.steps.map(({ id, name, category, track }) => ({ id, name, category, track })),
});
const IMPORT_JSON = JSON.stringify([{ name: 'Importeret', step: 1 }]);

describe.each(USER_KEYS)('%s', (key) => {
  const isAdmin = key === 'admin';
  // The data-protection officer reads the audit log and nothing else (audit-policy.ts).
  const reads = key !== 'dpo';

  it(`${reads ? 'reads' : 'is refused'} the ladder, its versions, the offers, one offer and the export`, async () => {
    const client = clients[key];
    const status = reads ? 200 : 403;
    for (const url of ['/api/ladder', '/api/ladder/versions', '/api/offers', `/api/offers/${offerId}`]) {
      expect((await client.get(url)).status, url).toBe(status);
    }
    expect((await download(client, '/api/offers/export?format=json')).status).toBe(status);
  });

  it(
    isAdmin ? 'changes the catalog' : 'is refused every change (403), and the refusal is audited',
    async () => {
      const client = clients[key];
      const create = await client.post(
        '/api/offers',
        sampleOffer(ladder.steps[0]?.id as string, { name: `Af ${key}` }),
      );
      const update = await patch(client, `/api/offers/${offerId}`, { capacity: 21 });
      const ladderPut = await put(client, '/api/ladder', sameLadder());
      const csv = await upload(client, '/api/offers/import?dryRun=true', '\uFEFFNavn\r\n', 'text/csv');
      const json = await upload(client, '/api/offers/import', IMPORT_JSON, 'application/json');
      if (isAdmin) {
        expect([create.status, update.status, ladderPut.status]).toEqual([201, 200, 200]);
        // The admin passes the gate and gets to the file's problems.
        expect([csv.status, json.status]).toEqual([422, 422]);
        return;
      }
      for (const res of [create, update, ladderPut, csv, json]) {
        expect(res.status).toBe(403);
        expect(res.body).toEqual({ error: { id: 'forbidden', message: expect.any(String) } });
      }
      const audit = await clients.admin.get(`/api/audit?user=${server.users[key].username}`);
      const denied = audit.body.rows
        .filter((r: { outcome: string }) => r.outcome === 'denied')
        .map((r: { action: string; entityType: string }) => `${r.action}:${r.entityType}`)
        .sort();
      const deniedReads = reads
        ? []
        : ['export:offer', 'read:ladder', 'read:ladder', 'read:offer', 'search:offer'];
      expect(denied).toEqual(
        [
          ...deniedReads,
          'change:ladder',
          'create:offer',
          'import:offer',
          'import:offer',
          'update:offer',
        ].sort(),
      );
    },
  );
});

it('refuses an unauthenticated client (401)', async () => {
  const res = await fetch(`${server.url}/api/offers`);
  expect(res.status).toBe(401);
});
