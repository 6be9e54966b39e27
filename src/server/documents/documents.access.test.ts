import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../store/database.ts';
import { USER_KEYS, type UserKey } from '../../testing/fixtures.ts';
import { type ApiClient, loginAll, startTestServer, type TestServer } from '../../testing/server.ts';
import { consultationBody, decisionBody } from './documents.testing.ts';

/**
 * Who reaches the decisions and consultations of case inClass (district d1, caseworker
 * `caseworker`), per fixture user, written out by hand from issue #14 item 6 and domain.md rather
 * than read from the policy: the case's caseworker writes; the district's leader and the team's
 * caseworkers in d1 read (caseworker2 is of d2); the leader of d1 co-signs; professionals, Front,
 * the analyst, the admin and the data-protection officer reach nothing. Every refusal is 403.
 */
type Check = 'decide' | 'decisions' | 'consult' | 'consultations' | 'reply' | 'sign';
const REACHES: Record<UserKey, readonly Check[]> = {
  admin: [],
  leader: ['decisions', 'consultations', 'sign'],
  front: [],
  preventive: [],
  caseworker: ['decide', 'decisions', 'consult', 'consultations', 'reply'],
  caseworker2: [],
  fosterCare: [],
  analyst: [],
  teacher: [],
  pedagogue: [],
  dpo: [],
};
const ALLOWED: Record<Check, number> = {
  decide: 201,
  decisions: 200,
  consult: 201,
  consultations: 200,
  reply: 201,
  sign: 200,
};

let server: TestServer;
let c: Record<UserKey, ApiClient>;
let caseId: string;
beforeAll(async () => {
  server = await startTestServer({ label: 'documents-access' });
  c = await loginAll(server, USER_KEYS);
  caseId = server.municipality.cases.inClass;
  await asSystem(server.db, 'test-fixture', (tx) =>
    tx
      .insertInto('decision_type_setting')
      .values({
        municipality_id: server.municipality.id,
        decision_type: 'placement_with_consent',
        appeal_to: 'Ankestyrelsen',
        appeal_how: 'Klagen sendes til kommunen.',
        appeal_deadline_weeks: 4,
        appeal_references: JSON.stringify([{ text: 'retssikkerhedslovens § 67', verify: true }]),
        second_signature: true,
      })
      .execute(),
  );
});
afterAll(() => server.close());

async function call(client: ApiClient, check: Check): Promise<number> {
  switch (check) {
    case 'decide':
      return (await client.post(`/api/cases/${caseId}/decisions`, decisionBody())).status;
    case 'decisions':
      return (await client.get(`/api/cases/${caseId}/decisions`)).status;
    case 'consult':
      return (await client.post(`/api/cases/${caseId}/consultations`, consultationBody())).status;
    case 'consultations':
      return (await client.get(`/api/cases/${caseId}/consultations`)).status;
    case 'reply': {
      const sent = await c.caseworker.post(`/api/cases/${caseId}/consultations`, consultationBody());
      const answer = { party: 'Mor Øster', kind: 'waiver', receivedOn: sent.body.sentAt.slice(0, 10) };
      return (await client.post(`/api/consultations/${sent.body.id}/reply`, answer)).status;
    }
    case 'sign': {
      const made = await c.caseworker.post(
        `/api/cases/${caseId}/decisions`,
        decisionBody({ type: 'placement_with_consent' }),
      );
      expect(made.body.status).toBe('awaiting_signature');
      return (await client.post(`/api/decisions/${made.body.id}/sign`, {})).status;
    }
  }
}

describe('access to decisions and consultations, per role', () => {
  for (const user of USER_KEYS) {
    it(`${user}: ${REACHES[user].join(', ') || 'nothing'}`, async () => {
      for (const check of ['decide', 'decisions', 'consult', 'consultations', 'reply', 'sign'] as const) {
        const expected = REACHES[user].includes(check) ? ALLOWED[check] : 403;
        expect(await call(c[user], check), `${user} ${check}`).toBe(expected);
      }
    });
  }
});
