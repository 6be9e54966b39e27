import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, todayInCopenhagen } from '../../core/calendar/zone.ts';
import { createLadderOffers } from '../../testing/casework.ts';
import { type ApiClient, loginAll, startTestServer, type TestServer } from '../../testing/server.ts';
import { updateOffer } from '../casework/measures.testing.ts';
import { insertForumDecision } from '../casework/measures-gate.testing.ts';
import { addCase } from '../casework/mine.testing.ts';

/**
 * A measure started from a forum decision produces its written decision in the same step (issue #14
 * item 1): a placement with consent, with the measure's legal basis, the caseworker's reason and the
 * forum decision it rests on — and a measure that needed no forum produces none.
 */

let server: TestServer;
let offers: Record<number, string>;
let c: Record<'caseworker' | 'leader', ApiClient>;
const daysAgo = (n: number) => addCalendarDays(todayInCopenhagen(), -n);

beforeAll(async () => {
  server = await startTestServer({ label: 'documents-measure-decision' });
  offers = await createLadderOffers(server.db, server.municipality);
  for (const p of [2, 5])
    await updateOffer(server.db, offers[p] as string, { legal_basis: `Barnets lov, trin ${p}` });
  c = await loginAll(server, ['caseworker', 'leader'] as const);
});
afterAll(() => server.close());

async function freshCase() {
  const m = server.municipality;
  return addCase(server.db, m, {
    districtId: m.districts.d1,
    caseworkerId: m.users.caseworker.id,
    openedOn: '2025-01-10',
    birthDate: '2012-05-05',
  });
}

describe('the decision of a measure started from a forum decision', () => {
  it('is recorded with the start, once, with the forum decision and the appeal guidance', async () => {
    const { caseId } = await freshCase();
    const forumDecisionId = await insertForumDecision(server, {
      caseId,
      forumKind: 'placement_committee',
      decidedOn: daysAgo(5),
      stepPosition: 5,
    });
    const body = {
      offerId: offers[5],
      startDate: daysAgo(2),
      reason: 'Alma kan ikke bo hjemme nu.',
      forumDecisionId,
      consent: 'with_consent',
      placementReasons: ['parents_neglect'],
      idempotencyKey: `k-${randomUUID()}`,
    };
    const started = await c.caseworker.post(`/api/cases/${caseId}/measures`, body);
    expect(started.status).toBe(201);
    expect((await c.caseworker.post(`/api/cases/${caseId}/measures`, body)).status).toBe(200);
    const decisions = (await c.leader.get(`/api/cases/${caseId}/decisions`)).body;
    expect(decisions).toHaveLength(1);
    expect(decisions[0]).toMatchObject({
      type: 'placement_with_consent',
      legalBasis: 'Barnets lov, trin 5',
      measureId: started.body.id,
      forumDecisionId,
      decidedOn: daysAgo(2),
      status: 'final',
      decidedBy: { id: server.users.caseworker.id },
    });
    expect(decisions[0].decided).toMatch(/^Kommunen iværksætter .* \(trin 5\) fra /);
    expect(decisions[0].reasons).toMatch(
      /^Alma kan ikke bo hjemme nu\.\n\nAfgørelsen bygger på Anbringelses- og efterværnsudvalget/,
    );
    expect(decisions[0].appealGuidance.text).toMatch(/Ankestyrelsen/);
  });

  it('is not made for a measure that needed no forum', async () => {
    const { caseId } = await freshCase();
    const started = await c.caseworker.post(`/api/cases/${caseId}/measures`, {
      offerId: offers[2],
      startDate: daysAgo(1),
      reason: 'Støtte i hverdagen.',
      idempotencyKey: `k-${randomUUID()}`,
    });
    expect(started.status).toBe(201);
    expect((await c.caseworker.get(`/api/cases/${caseId}/decisions`)).body).toEqual([]);
  });
});
