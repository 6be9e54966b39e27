import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventsOf } from '../../store/audit.testing.ts';
import { asSystem } from '../../store/database.ts';
import type { UserKey } from '../../testing/fixtures.ts';
import { type ApiClient, loginAll, startTestServer, type TestServer } from '../../testing/server.ts';
import { consultationBody, decisionBody } from './documents.testing.ts';

let server: TestServer;
let c: Record<UserKey, ApiClient>;
let caseId: string;
beforeAll(async () => {
  server = await startTestServer({ label: 'documents-decisions' });
  c = await loginAll(server, ['caseworker', 'leader', 'admin'] as const as UserKey[]);
  caseId = server.municipality.cases.inClass;
});
afterAll(() => server.close());

const decide = (body: Record<string, unknown>) => c.caseworker.post(`/api/cases/${caseId}/decisions`, body);

describe('a written decision', () => {
  it('keeps what was decided, the reasons and its type’s appeal guidance, and is audited', async () => {
    const res = await decide(decisionBody());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      type: 'measure_granted',
      typeLabel: 'Bevilling af indsats',
      status: 'final',
      decidedBy: { id: server.users.caseworker.id },
      appealGuidance: { appealTo: 'Ankestyrelsen', deadlineWeeks: 4 },
    });
    expect(res.body.appealGuidance.text).toMatch(/^Du kan klage over afgørelsen til Ankestyrelsen/);
    expect(res.body.appealGuidance.references.every((r: { verify: boolean }) => r.verify)).toBe(true);
    const listed = await c.leader.get(`/api/cases/${caseId}/decisions`);
    expect(listed.body.map((d: { id: string }) => d.id)).toContain(res.body.id);
    const events = await eventsOf(server.db, server.municipality.id);
    expect(
      events.some(
        (e) => e.entity_type === 'case_decision' && e.entity_id === res.body.id && e.action === 'create',
      ),
    ).toBe(true);
    expect(
      events.some(
        (e) =>
          e.entity_type === 'case_decision' && e.action === 'read' && e.user_id === server.users.leader.id,
      ),
    ).toBe(true);
  });

  it('keeps the guidance it was given when the municipality edits the type’s guidance later', async () => {
    const first = await decide(decisionBody({ type: 'measure_refused' }));
    await asSystem(server.db, 'test-fixture', (tx) =>
      tx
        .insertInto('decision_type_setting')
        .values({
          municipality_id: server.municipality.id,
          decision_type: 'measure_refused',
          appeal_to: 'Ankestyrelsen, Familieafdelingen',
          appeal_how: 'Send klagen til Demo Kommune.',
          appeal_deadline_weeks: 4,
          appeal_references: JSON.stringify([{ text: 'retssikkerhedslovens § 67', verify: false }]),
        })
        .execute(),
    );
    const second = await decide(decisionBody({ type: 'measure_refused' }));
    const listed = (await c.caseworker.get(`/api/cases/${caseId}/decisions`)).body as {
      id: string;
      appealGuidance: { appealTo: string };
    }[];
    expect(listed.find((d) => d.id === first.body.id)?.appealGuidance.appealTo).toBe('Ankestyrelsen');
    expect(listed.find((d) => d.id === second.body.id)?.appealGuidance.appealTo).toBe(
      'Ankestyrelsen, Familieafdelingen',
    );
  });

  it('returns the same decision for a retry, and 409 for another request under the key', async () => {
    const body = decisionBody();
    const first = await decide(body);
    const again = await decide(body);
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.body.id).toBe(first.body.id);
    const other = await decide({ ...body, reasons: 'En anden begrundelse.' });
    expect(other.status).toBe(409);
  });

  it('is refused in the future, or naming a measure of another case (422, nothing stored)', async () => {
    const future = await decide(decisionBody({ decidedOn: '2999-01-01' }));
    expect(future.status).toBe(400); // beyond the calendar's range
    const tomorrow = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    expect((await decide(decisionBody({ decidedOn: tomorrow }))).status).toBe(422);
    const unknown = await decide(decisionBody({ measureId: crypto.randomUUID() }));
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.message).toBe('Indsatsen findes ikke på denne sag.');
  });

  it('is refused before its consultation’s deadline until every party has answered', async () => {
    const sent = await c.caseworker.post(`/api/cases/${caseId}/consultations`, consultationBody());
    expect(sent.status).toBe(201);
    const today = sent.body.sentAt.slice(0, 10);
    const early = await decide(decisionBody({ consultationId: sent.body.id, decidedOn: today }));
    expect(early.status).toBe(422);
    expect(early.body.error.message).toMatch(/^Partshøringen løber til og med .*Mor Øster, Far Øster/);
    const reply = (party: string, kind: string, text?: string) =>
      c.caseworker.post(`/api/consultations/${sent.body.id}/reply`, { party, kind, text, receivedOn: today });
    expect((await reply('Mor Øster', 'reply', 'Vi er enige i oplysningerne.')).status).toBe(201);
    expect((await decide(decisionBody({ consultationId: sent.body.id, decidedOn: today }))).status).toBe(422);
    const both = await reply('Far Øster', 'waiver');
    expect(both.body.waitingFor).toEqual([]);
    expect((await decide(decisionBody({ consultationId: sent.body.id, decidedOn: today }))).status).toBe(201);
  });

  it('is allowed once the deadline has passed without answers', async () => {
    const id = await asSystem(server.db, 'test-fixture', async (tx) => {
      const row = await tx
        .insertInto('consultation')
        .values({
          municipality_id: server.municipality.id,
          case_id: caseId,
          facts: 'Oplysninger.',
          parties: JSON.stringify([{ name: 'Mor Øster', relation: 'mor' }]),
          sent_at: new Date('2026-10-01T08:00:00Z'),
          rule_days: 14,
          rule_unit: 'calendar_days',
          last_day: '2026-10-15',
          created_by: server.users.caseworker.id,
          idempotency_key: crypto.randomUUID(),
          request_hash: 'x',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    });
    expect((await decide(decisionBody({ consultationId: id }))).status).toBe(201);
  });

  it('waits for a leader’s second signature where the type requires one, by another than the decider', async () => {
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
    const made = await decide(decisionBody({ type: 'placement_with_consent' }));
    expect(made.body).toMatchObject({ status: 'awaiting_signature', signedBy: null });
    const signed = await c.leader.post(`/api/decisions/${made.body.id}/sign`, {});
    expect(signed.status).toBe(200);
    expect(signed.body).toMatchObject({ status: 'final', signedBy: { id: server.users.leader.id } });
    expect((await c.leader.post(`/api/decisions/${made.body.id}/sign`, {})).status).toBe(409);
  });
});
