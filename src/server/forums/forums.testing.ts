import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { ApiClient } from '../../testing/server.ts';

/** Every second Tuesday from Tuesday 5 January 2027: 2 and 16 March, 30 March, 13 April, … */
export const EVERY_SECOND_TUESDAY = {
  kind: 'weekly',
  weekday: 2,
  everyWeeks: 2,
  from: '2027-01-05',
} as const;

export const newKey = () => `k-${randomUUID()}`;

export function councilBody(districtId: string, name = 'Det Kreative Råd') {
  return {
    idempotencyKey: newKey(),
    kind: 'creative_council',
    districtId,
    name,
    rhythm: EVERY_SECOND_TUESDAY,
  };
}

/** A forum made by `client`, which must be allowed to: its id. */
export async function createForum(client: ApiClient, body: object): Promise<string> {
  const res = await client.post('/api/forums', body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
}

export async function addUserMember(client: ApiClient, forumId: string, userId: string, chair = false) {
  const res = await client.post(`/api/forums/${forumId}/members`, {
    idempotencyKey: newKey(),
    userId,
    chair,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

/** A meeting planned (and, as asked, published and closed) by its chair: its id. */
export async function meetingIn(
  chair: ApiClient,
  forumId: string,
  heldOn: string,
  to: 'planned' | 'published' | 'closed' = 'planned',
): Promise<string> {
  const res = await chair.post(`/api/forums/${forumId}/meetings`, { heldOn });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  const id: string = res.body.id;
  if (to !== 'planned') expect((await chair.post(`/api/forum-meetings/${id}/publish`)).status).toBe(200);
  if (to === 'closed') expect((await chair.post(`/api/forum-meetings/${id}/close`)).status).toBe(200);
  return id;
}
