import type { LadderView, OfferCreateRequest } from '../../core/api/catalog.ts';
import type { ApiClient } from '../../testing/server.ts';

/** Test helpers for the catalog's integration tests (not imported by the app). */

export async function currentLadder(client: ApiClient): Promise<LadderView> {
  const res = await client.get('/api/ladder');
  if (res.status !== 200) throw new Error(`GET /api/ladder: ${res.status}`);
  return res.body.ladder as LadderView;
}

export function sampleOffer(stepId: string, overrides: Partial<OfferCreateRequest> = {}): OfferCreateRequest {
  return {
    name: 'PMTO forældretræning',
    description: 'Forældretræning for forældre til børn med adfærdsvanskeligheder.',
    providerKind: 'own',
    providerName: 'Familiehuset',
    stepId,
    target: 'parents',
    form: 'individual',
    setting: 'home',
    ageMin: 3,
    ageMax: 12,
    icsAreas: ['parenting', 'development'],
    typicalDurationWeeks: 26,
    timeLimited: true,
    evidence: 'evidence_based',
    programme: 'PMTO',
    legalBasis: 'BL § 32, stk. 1, nr. 3',
    unitCost: 12500.5,
    costUnit: 'course',
    capacity: 20,
    ...overrides,
  };
}

export function put(client: ApiClient, url: string, body: unknown) {
  return client.request('PUT', url, body);
}

export function patch(client: ApiClient, url: string, body: unknown) {
  return client.request('PATCH', url, body);
}

// ApiClient sends strings and reads JSON; files need raw bytes both ways. Its session cookie is
// private to TypeScript only, so these helpers borrow it rather than change the shared client.
function cookieOf(client: ApiClient): string {
  return (client as unknown as { cookie: string }).cookie;
}

/** Upload a file as the browser would: raw bytes with their content type. */
export async function upload(client: ApiClient, url: string, body: string | Uint8Array, contentType: string) {
  const res = await fetch(`${client.baseUrl}${url}`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-csrf-token': client.csrfToken,
      cookie: cookieOf(client),
    },
    body: typeof body === 'string' ? body : Buffer.from(body),
  });
  const text = await res.text();
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever JSON came back
  const json: any = text ? JSON.parse(text) : undefined;
  return { status: res.status, body: json, headers: res.headers };
}

/** Download a file: the raw bytes, not parsed. */
export async function download(client: ApiClient, url: string) {
  const res = await fetch(`${client.baseUrl}${url}`, {
    headers: { cookie: cookieOf(client) },
  });
  return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
}
