import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventsOf } from '../../store/audit.testing.ts';
import { asSystem } from '../../store/database.ts';
import type { UserKey } from '../../testing/fixtures.ts';
import { type ApiClient, loginAll, startTestServer, type TestServer } from '../../testing/server.ts';
import { decisionBody, newKey } from './documents.testing.ts';
import { readPdf } from './pdf.testing.ts';

let server: TestServer;
let c: Record<UserKey, ApiClient>;
let caseId: string;
beforeAll(async () => {
  server = await startTestServer({ label: 'documents-letters' });
  c = await loginAll(server, ['caseworker', 'leader', 'admin', 'teacher'] as const as UserKey[]);
  caseId = server.municipality.cases.inClass;
});
afterAll(() => server.close());

const recipient = { name: 'Åse Øster', address: 'Ærøvej 2, 9999 Demoby' };

async function pdfText(client: ApiClient, id: string): Promise<string> {
  const res = await fetch(`${server.url}/api/documents/${id}/pdf`, {
    // biome-ignore lint/suspicious/noExplicitAny: the client's cookie is private; the test reads it once
    headers: { cookie: (client as any).cookie },
  });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/pdf');
  return (await readPdf(new Uint8Array(await res.arrayBuffer()))).pages.join(' ');
}

describe('templates', () => {
  it('start as Trappen’s default, are saved as new versions by the admin, and refuse unknown fields', async () => {
    const first = await c.caseworker.get('/api/document-templates/consultation');
    expect(first.body).toMatchObject({ type: 'consultation', version: 0, typeLabel: 'Partshøring' });
    expect((await c.caseworker.put('/api/document-templates/consultation', { body: 'x' })).status).toBe(403);
    const bad = await c.admin.put('/api/document-templates/consultation', {
      body: 'Hej {{decision.reasons}}',
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.message).toBe('Ukendte flettefelter: {{decision.reasons}}.');
    const saved = await c.admin.put('/api/document-templates/consultation', {
      body: `${first.body.body}\n\nVenlig hilsen`,
    });
    expect(saved.body.version).toBe(1);
    expect((await c.caseworker.get('/api/document-templates/consultation')).body.version).toBe(1);
    expect((await c.teacher.get('/api/document-templates/consultation')).status).toBe(403);
  });
});

describe('a decision letter', () => {
  it('is drafted with the decision’s reasons and appeal guidance, finalised, fixed, sent once and printed as PDF', async () => {
    const decision = await c.caseworker.post(`/api/cases/${caseId}/decisions`, decisionBody());
    const draft = await c.caseworker.post(`/api/cases/${caseId}/documents`, {
      idempotencyKey: newKey(),
      type: 'decision',
      recipient,
      decisionId: decision.body.id,
    });
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({
      status: 'draft',
      templateVersion: null,
      decisionId: decision.body.id,
    });
    expect(draft.body.body).toContain('Kære Åse Øster\nÆrøvej 2, 9999 Demoby');
    expect(draft.body.body).toContain(decision.body.reasons);
    expect(draft.body.body).toContain('Du kan klage over afgørelsen til Ankestyrelsen');

    const stale = await c.caseworker.patch(`/api/documents/${draft.body.id}`, { version: 99, body: 'x' });
    expect(stale.status).toBe(409);
    const edited = await c.caseworker.patch(`/api/documents/${draft.body.id}`, {
      version: draft.body.version,
      body: `${draft.body.body}\n\nRing gerne, hvis du har spørgsmål.`,
    });
    expect(edited.status).toBe(200);
    const final = await c.caseworker.post(`/api/documents/${draft.body.id}/finalise`, {
      version: edited.body.version,
    });
    expect(final.body.status).toBe('final');
    const after = await c.caseworker.patch(`/api/documents/${draft.body.id}`, {
      version: final.body.version,
      body: 'y',
    });
    expect(after.status).toBe(409);

    const sent = {
      sentTo: 'Åse Øster',
      sentVia: 'digital_post',
      sentOn: final.body.finalisedAt.slice(0, 10),
    };
    const first = await c.caseworker.post(`/api/documents/${draft.body.id}/sent`, sent);
    expect(first.body.sent).toMatchObject({ to: 'Åse Øster', viaLabel: 'Digital Post' });
    expect((await c.caseworker.post(`/api/documents/${draft.body.id}/sent`, sent)).status).toBe(409);
    const chronology = (await c.leader.get(`/api/cases/${caseId}/chronology`)).body.events as {
      kind: string;
      entityId: string;
    }[];
    expect(chronology.some((e) => e.kind === 'document_sent' && e.entityId === draft.body.id)).toBe(true);
    expect(chronology.some((e) => e.kind === 'written_decision' && e.entityId === decision.body.id)).toBe(
      true,
    );
    const journal = (await c.leader.get(`/api/cases/${caseId}/journal`)).body as { text: string }[];
    expect(
      journal.some(
        (j) =>
          j.text.startsWith('Bevilling af indsats') &&
          j.text.includes('sendt') &&
          j.text.includes('Åse Øster'),
      ),
    ).toBe(true);

    const text = await pdfText(c.leader, draft.body.id);
    expect(text).toContain('Bevilling af indsats');
    expect(text).toContain('Ring gerne, hvis du har spørgsmål.');
    expect(text).toContain('Du kan klage over afgørelsen til Ankestyrelsen');
    expect(text).toMatch(/Side 1 af \d/);

    const archive = await c.leader.get(`/api/cases/${caseId}/documents`);
    expect(archive.body.map((d: { id: string }) => d.id)).toContain(draft.body.id);
    expect((await c.teacher.get(`/api/documents/${draft.body.id}/pdf`)).status).toBe(403);
    const events = await eventsOf(server.db, server.municipality.id);
    expect(
      events.some(
        (e) =>
          e.action === 'download' && e.entity_id === draft.body.id && e.user_id === server.users.leader.id,
      ),
    ).toBe(true);
  });

  it('is refused when the case lacks a required field, naming it, and stores nothing', async () => {
    const res = await c.caseworker.post(`/api/cases/${caseId}/documents`, {
      idempotencyKey: newKey(),
      type: 'decision',
      recipient,
    });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toMatch(/^Sagen mangler: afgørelsens overskrift, hvad der er besluttet/);
  });

  it('waits for the decision’s second signature before it can be finalised', async () => {
    await asSystem(server.db, 'test-fixture', (tx) =>
      tx
        .insertInto('decision_type_setting')
        .values({
          municipality_id: server.municipality.id,
          decision_type: 'measure_stopped',
          appeal_to: 'Ankestyrelsen',
          appeal_how: 'Klagen sendes til kommunen.',
          appeal_deadline_weeks: 4,
          appeal_references: JSON.stringify([{ text: 'retssikkerhedslovens § 67', verify: true }]),
          second_signature: true,
        })
        .execute(),
    );
    const decision = await c.caseworker.post(
      `/api/cases/${caseId}/decisions`,
      decisionBody({ type: 'measure_stopped' }),
    );
    const draft = await c.caseworker.post(`/api/cases/${caseId}/documents`, {
      idempotencyKey: newKey(),
      type: 'decision',
      recipient,
      decisionId: decision.body.id,
    });
    const early = await c.caseworker.post(`/api/documents/${draft.body.id}/finalise`, {
      version: draft.body.version,
    });
    expect(early.status).toBe(422);
    await c.leader.post(`/api/decisions/${decision.body.id}/sign`, {});
    const late = await c.caseworker.post(`/api/documents/${draft.body.id}/finalise`, {
      version: draft.body.version,
    });
    expect(late.status).toBe(200);
  });
});

describe('a file in the case’s archive', () => {
  const pdf = Buffer.from('%PDF-1.4\n% Lægeerklæring\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
  const upload = (overrides: Record<string, unknown> = {}) => ({
    fileName: 'lægeerklæring.pdf',
    mediaType: 'application/pdf',
    contentBase64: pdf.toString('base64'),
    title: 'Lægeerklæring fra egen læge',
    ...overrides,
  });

  it('is checked, stored once per file, listed with the letters and downloaded as it is', async () => {
    const first = await c.caseworker.post(`/api/cases/${caseId}/documents/files`, upload());
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      origin: 'uploaded',
      status: 'final',
      title: 'Lægeerklæring fra egen læge',
      file: { name: 'lægeerklæring.pdf', mediaType: 'application/pdf', sizeBytes: pdf.length },
    });
    const again = await c.caseworker.post(`/api/cases/${caseId}/documents/files`, upload());
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    const archive = await c.leader.get(`/api/cases/${caseId}/documents`);
    expect(archive.body.filter((d: { id: string }) => d.id === first.body.id)).toHaveLength(1);
    const res = await fetch(`${server.url}/api/documents/${first.body.id}/pdf`, {
      // biome-ignore lint/suspicious/noExplicitAny: the client's cookie is private; the test reads it once
      headers: { cookie: (c.leader as any).cookie },
    });
    expect(Buffer.from(await res.arrayBuffer()).equals(pdf)).toBe(true);
  });

  it('is refused when its content is not its type, or by a reader of the case', async () => {
    const fake = upload({ contentBase64: Buffer.from('ikke en pdf').toString('base64') });
    const res = await c.caseworker.post(`/api/cases/${caseId}/documents/files`, fake);
    expect(res.status).toBe(400);
    expect((await c.leader.post(`/api/cases/${caseId}/documents/files`, upload())).status).toBe(403);
  });
});

describe('a letter the case holds only part of', () => {
  it('takes what the case lacks from the caseworker, only for the type’s own fields', async () => {
    const body = { idempotencyKey: newKey(), type: 'family_meeting_invitation', recipient };
    expect((await c.caseworker.post(`/api/cases/${caseId}/documents`, body)).status).toBe(422);
    const values = { 'meeting.date': '12. januar 2027', 'meeting.place': 'Rådhuset, lokale 2' };
    const ok = await c.caseworker.post(`/api/cases/${caseId}/documents`, {
      ...body,
      idempotencyKey: newKey(),
      values,
    });
    expect(ok.status).toBe(201);
    expect(ok.body.body).toContain('12. januar 2027 på Rådhuset, lokale 2');
    const stray = { ...body, idempotencyKey: newKey(), values: { ...values, 'decision.reasons': 'x' } };
    expect((await c.caseworker.post(`/api/cases/${caseId}/documents`, stray)).status).toBe(422);
  });
});

describe('a final letter’s letterhead', () => {
  it('is the one in force when it was finalised, whatever the address is changed to later', async () => {
    const decision = await c.caseworker.post(`/api/cases/${caseId}/decisions`, decisionBody());
    const draft = await c.caseworker.post(`/api/cases/${caseId}/documents`, {
      idempotencyKey: newKey(),
      type: 'decision',
      recipient,
      decisionId: decision.body.id,
    });
    const setAddress = (address: string) =>
      asSystem(server.db, 'test-fixture', (tx) =>
        tx
          .insertInto('document_setting')
          .values({ municipality_id: server.municipality.id, letterhead_address: address })
          .onConflict((oc) => oc.column('municipality_id').doUpdateSet({ letterhead_address: address }))
          .execute(),
      );
    await setAddress('Gamle Rådhus, Torvet 1');
    await c.caseworker.post(`/api/documents/${draft.body.id}/finalise`, { version: draft.body.version });
    await setAddress('Nyt Rådhus, Havnegade 9');
    const text = await pdfText(c.caseworker, draft.body.id);
    expect(text).toContain('Gamle Rådhus, Torvet 1');
    expect(text).not.toContain('Havnegade 9');
  });
});
