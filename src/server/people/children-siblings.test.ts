import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, loginAll, startTestServer, type TestServer } from '../../testing/server.ts';
import { addChild } from '../casework/cases.testing.ts';

// The child page names only the siblings the reader may see by their own scopes (issue #10,
// item 14): a teacher reading a pupil does not learn the names of the brothers and sisters.

let server: TestServer;
let c: Record<'teacher' | 'leader' | 'caseworker' | 'front', ApiClient>;
let sibling: string;
beforeAll(async () => {
  server = await startTestServer({ label: 'siblings' });
  c = await loginAll(server, ['teacher', 'leader', 'caseworker', 'front']);
  // In inClass's household (d1), in no group and without a case.
  sibling = (await addChild(server.db, server.municipality, { siblingOf: server.children.inClass.id })).id;
});
afterAll(() => server.close());

describe('GET /api/children/:id siblings', () => {
  it.each([
    ['teacher', false],
    ['caseworker', false],
    ['leader', true],
    ['front', true],
  ] as const)('%s reading the pupil sees the unenrolled sibling: %s', async (who, sees) => {
    const res = await c[who].get(`/api/children/${server.children.inClass.id}`);
    expect(res.status).toBe(200);
    const ids = res.body.child.siblings.map((s: { id: string }) => s.id);
    expect(ids.includes(sibling)).toBe(sees);
    if (!sees) expect(JSON.stringify(res.body)).not.toContain(sibling);
  });
});
