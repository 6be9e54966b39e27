import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../testing/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ label: 'detection-openapi' });
});
afterAll(() => server.close());

/** The API contract of issue #4 (and what the pages need) is in the OpenAPI document. */
const CONTRACT: [string, string][] = [
  ['post', '/api/concerns'],
  ['get', '/api/concerns/mine'],
  ['get', '/api/concerns/{id}'],
  ['patch', '/api/concerns/{id}'],
  ['post', '/api/concerns/{id}/corrections'],
  ['get', '/api/guide'],
  ['get', '/api/groups/mine'],
  ['get', '/api/groups/{id}/wellbeing'],
  ['post', '/api/groups/{id}/wellbeing'],
  ['get', '/api/signals'],
  ['get', '/api/signals/{id}'],
  ['post', '/api/signals/{id}/actions'],
  ['get', '/api/children/{id}/concerns'],
  ['post', '/api/children/{id}/preventive-follow'],
  ['delete', '/api/children/{id}/preventive-follow'],
  ['post', '/api/transition-conversations'],
  ['get', '/api/children/{id}/transition-conversations'],
  ['get', '/api/detection/settings'],
  ['put', '/api/detection/settings'],
];

it('documents every detection endpoint with its request and response schemas', async () => {
  const doc = await (await fetch(`${server.url}/api/openapi.json`)).json();
  for (const [method, path] of CONTRACT) {
    const op = doc.paths?.[path]?.[method];
    expect(op, `${method.toUpperCase()} ${path}`).toBeDefined();
    expect(op.tags).toEqual(['detection']);
    expect(Object.keys(op.responses).some((s) => s.startsWith('2'))).toBe(true);
  }
  const batch = doc.paths['/api/groups/{id}/wellbeing'].post;
  expect(Object.keys(batch.responses)).toEqual(expect.arrayContaining(['201', '422']));
  const body = batch.requestBody.content['application/json'].schema;
  expect(body.required).toEqual(expect.arrayContaining(['idempotencyKey', 'ratings']));
});
