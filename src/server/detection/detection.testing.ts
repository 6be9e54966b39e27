import { randomUUID } from 'node:crypto';
import type { Role } from '../../core/access/roles.ts';
import type { ConcernCreateRequest } from '../../core/api/detection.ts';
import { asSystem } from '../../store/database.ts';
import type { UserKey } from '../../testing/fixtures.ts';
import { addChildrenToGroup as addChildren } from '../../testing/fixtures.ts';
import { type ApiClient, loginAs, type TestServer } from '../../testing/server.ts';
import { hashPassword } from '../access/password.ts';

/** Test helpers for detection's integration tests (not imported by the app). */

export function concernBody(
  childId: string,
  overrides: Partial<ConcernCreateRequest> = {},
): ConcernCreateRequest {
  return {
    childId,
    level: 6,
    areas: [{ area: 'development', text: 'Trækker sig fra legen og virker træt om morgenen.' }],
    riskFactors: ['social_isolation'],
    protectiveFactors: ['positive_teacher_relations'],
    parentsInformed: true,
    ...overrides,
  };
}

export function key(): string {
  return randomUUID();
}

export function patch(client: ApiClient, url: string, body: unknown) {
  return client.request('PATCH', url, body);
}
export function put(client: ApiClient, url: string, body: unknown) {
  return client.request('PUT', url, body);
}
export function del(client: ApiClient, url: string) {
  return client.request('DELETE', url);
}

export async function clientsFor<K extends UserKey>(server: TestServer, keys: readonly K[]) {
  const out = {} as Record<K, ApiClient>;
  for (const k of keys) out[k] = await loginAs(server, k);
  return out;
}

const PASSWORD = 'korrekt-hest-batteri-2';

/** An extra user in the test municipality (e.g. the preventive worker of district d2), signed in. */
export async function extraUser(
  server: TestServer,
  spec: { role: Role; districtIds?: string[]; phone?: string; title?: string; name?: string },
): Promise<{ id: string; client: ApiClient }> {
  const m = server.municipality;
  const username = `${m.code}-x${randomUUID().slice(0, 8)}`;
  const hash = await hashPassword(PASSWORD);
  const id = await asSystem(server.db, 'test-fixture', async (tx) => {
    const row = await tx
      .insertInto('app_user')
      .values({
        municipality_id: m.id,
        username,
        display_name: spec.name ?? `Ekstra ${spec.role}`,
        role: spec.role,
        title: spec.title ?? null,
        phone: spec.phone ?? null,
        password_hash: hash,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const d of spec.districtIds ?? []) {
      await tx
        .insertInto('user_district')
        .values({ municipality_id: m.id, user_id: row.id, district_id: d })
        .execute();
    }
    return row.id;
  });
  const { ApiClient: Client } = await import('../../testing/server.ts');
  const client = new Client(server.url);
  const res = await client.login(username, PASSWORD);
  if (res.status !== 200) throw new Error(`login failed: ${res.status}`);
  return { id, client };
}

/** The group id of class 1A (the teacher's) and the daycare group (the pedagogue's). */
export async function groupsOf(client: ApiClient): Promise<{ id: string; name: string; children: number }[]> {
  const res = await client.get('/api/groups/mine');
  if (res.status !== 200) throw new Error(`GET /api/groups/mine: ${res.status}`);
  return res.body.groups;
}

/** More children in a group of the server's test municipality (see src/testing/fixtures.ts). */
export function addChildrenToGroup(server: TestServer, groupId: string, count: number): Promise<string[]> {
  return addChildren(server.db, server.municipality, groupId, count);
}
