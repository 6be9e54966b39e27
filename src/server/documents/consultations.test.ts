import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consultationLastDay } from '../../core/documents/consultation.ts';
import type { UserKey } from '../../testing/fixtures.ts';
import { type ApiClient, loginAll, startTestServer, type TestServer } from '../../testing/server.ts';
import { consultationBody } from './documents.testing.ts';

let server: TestServer;
let c: Record<UserKey, ApiClient>;
let caseId: string;
beforeAll(async () => {
  server = await startTestServer({ label: 'documents-consultations' });
  c = await loginAll(server, ['caseworker', 'leader'] as const as UserKey[]);
  caseId = server.municipality.cases.inClass;
});
afterAll(() => server.close());

describe('a consultation of the parties', () => {
  it('gets its deadline from the day it is sent, and lists every party as waited for', async () => {
    const res = await c.caseworker.post(`/api/cases/${caseId}/consultations`, consultationBody());
    expect(res.status).toBe(201);
    expect(res.body.rule).toEqual({ days: 14, unit: 'calendar_days' });
    expect(res.body.lastDay).toBe(consultationLastDay(new Date(res.body.sentAt)));
    expect(res.body.waitingFor).toEqual(['Mor Øster', 'Far Øster']);
  });

  it('records each party’s answer once: the same again is 200, another 409', async () => {
    const sent = await c.caseworker.post(`/api/cases/${caseId}/consultations`, consultationBody());
    const today = sent.body.sentAt.slice(0, 10);
    const answer = { party: 'Far Øster', kind: 'reply', text: 'Jeg er ikke enig.', receivedOn: today };
    const url = `/api/consultations/${sent.body.id}/reply`;
    expect((await c.caseworker.post(url, answer)).status).toBe(201);
    const again = await c.caseworker.post(url, answer);
    expect(again.status).toBe(200);
    expect(again.body.answers).toHaveLength(1);
    expect((await c.caseworker.post(url, { ...answer, text: 'Noget andet.' })).status).toBe(409);
  });

  it('refuses an answer from someone not consulted, a reply without text, or one dated in the future', async () => {
    const sent = await c.caseworker.post(`/api/cases/${caseId}/consultations`, consultationBody());
    const url = `/api/consultations/${sent.body.id}/reply`;
    const today = sent.body.sentAt.slice(0, 10);
    const stranger = await c.caseworker.post(url, { party: 'Naboen', kind: 'waiver', receivedOn: today });
    expect(stranger.status).toBe(422);
    expect(stranger.body.error.message).toBe('Naboen er ikke part i denne partshøring.');
    expect(
      (await c.caseworker.post(url, { party: 'Mor Øster', kind: 'reply', receivedOn: today })).status,
    ).toBe(422);
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    expect(
      (await c.caseworker.post(url, { party: 'Mor Øster', kind: 'waiver', receivedOn: future })).status,
    ).toBe(422);
  });

  it('refuses the same party named twice, and returns the same consultation for a retry', async () => {
    const twice = consultationBody({
      parties: [
        { name: 'Mor', relation: 'mor' },
        { name: 'mor', relation: 'mor' },
      ],
    });
    expect((await c.caseworker.post(`/api/cases/${caseId}/consultations`, twice)).status).toBe(422);
    const body = consultationBody();
    const first = await c.caseworker.post(`/api/cases/${caseId}/consultations`, body);
    const again = await c.caseworker.post(`/api/cases/${caseId}/consultations`, body);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
  });
});

describe('the consultation’s deadline in the case’s deadlines', () => {
  it('runs to the last day, and is done when every party has answered', async () => {
    const sent = await c.caseworker.post(`/api/cases/${caseId}/consultations`, consultationBody());
    const mine = async () =>
      (
        (await c.caseworker.get(`/api/cases/${caseId}/deadlines`)).body as {
          rule: string;
          dueOn: string;
          doneAt: string | null;
          subject: { id: string };
        }[]
      ).find((d) => d.rule === 'consultation-reply' && d.subject.id === sent.body.id);
    expect(await mine()).toMatchObject({ dueOn: sent.body.lastDay, doneAt: null });
    const today = sent.body.sentAt.slice(0, 10);
    for (const party of ['Mor Øster', 'Far Øster']) {
      await c.caseworker.post(`/api/consultations/${sent.body.id}/reply`, {
        party,
        kind: 'waiver',
        receivedOn: today,
      });
    }
    expect((await mine())?.doneAt?.slice(0, 10)).toBe(today);
  });
});
