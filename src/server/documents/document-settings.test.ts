import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInCopenhagen } from '../../core/calendar/zone.ts';
import { consultationLastDay } from '../../core/documents/consultation.ts';
import { DECISION_TYPES } from '../../core/documents/decision-types.ts';
import { eventsOf } from '../../store/audit.testing.ts';
import { asSystem } from '../../store/database.ts';
import { USER_KEYS, type UserKey } from '../../testing/fixtures.ts';
import { type ApiClient, loginAll, startTestServer, type TestServer } from '../../testing/server.ts';
import { settingsBody } from './document-settings.testing.ts';
import { consultationBody, decisionBody } from './documents.testing.ts';

let server: TestServer;
let c: Record<UserKey, ApiClient>;
let caseId: string;
beforeAll(async () => {
  server = await startTestServer({ label: 'documents-settings' });
  c = await loginAll(server, USER_KEYS);
  caseId = server.municipality.cases.inClass;
});
afterAll(() => server.close());

const URL = '/api/document-settings';
type TypeView = {
  type: string;
  isDefault: boolean;
  secondSignature: boolean;
  appealGuidance: { appealTo: string; text: string };
};
const typeOf = (body: { decisionTypes: TypeView[] }, type: string) =>
  body.decisionTypes.find((t) => t.type === type) as TypeView;
const savedRows = () =>
  asSystem(server.db, 'test', (tx) =>
    tx
      .selectFrom('decision_type_setting')
      .select('decision_type')
      .where('municipality_id', '=', server.municipality.id)
      .execute(),
  ).then((rows) => rows.map((r) => r.decision_type).sort());

describe('the document settings', () => {
  it('are Trappen’s defaults until the municipality saves its own', async () => {
    const res = await c.admin.get(URL);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      consultationRule: { days: 14, unit: 'calendar_days', isDefault: true },
      letterheadAddress: null,
      updatedAt: null,
    });
    expect(res.body.decisionTypes.map((t: TypeView) => t.type)).toEqual([...DECISION_TYPES]);
    expect(res.body.decisionTypes.every((t: TypeView) => t.isDefault && !t.secondSignature)).toBe(true);
    expect(typeOf(res.body, 'placement_without_consent').appealGuidance.text).toMatch(
      /Børne- og ungeudvalgets/,
    );
  });

  it('round-trip: saved as sent, only what changed, audited with the types that changed', async () => {
    const body = settingsBody({
      letterheadAddress: 'Rådhustorvet 1\n9999 Demoby',
      types: {
        measure_refused: {
          appealGuidance: {
            appealTo: 'Ankestyrelsen, Familieafdelingen',
            references: [{ text: 'retssikkerhedslovens § 67', verify: false }],
          },
        },
        aftercare_granted: { secondSignature: true },
      },
    });
    const saved = await c.admin.put(URL, body);
    expect(saved.status).toBe(200);
    expect(saved.body.letterheadAddress).toBe('Rådhustorvet 1\n9999 Demoby');
    expect(saved.body.consultationRule.isDefault).toBe(true);
    expect(saved.body.updatedAt).not.toBeNull();
    expect(typeOf(saved.body, 'measure_refused')).toMatchObject({
      isDefault: false,
      appealGuidance: { appealTo: 'Ankestyrelsen, Familieafdelingen' },
    });
    expect(typeOf(saved.body, 'aftercare_granted')).toMatchObject({
      isDefault: false,
      secondSignature: true,
    });
    expect(typeOf(saved.body, 'measure_granted').isDefault).toBe(true);
    expect((await c.admin.get(URL)).body).toEqual(saved.body);
    // a type never edited is not saved: it follows Trappen's default
    expect(await savedRows()).toEqual(['aftercare_granted', 'measure_refused']);

    const events = (await eventsOf(server.db, server.municipality.id)).filter(
      (e) => e.entity_type === 'document_settings' && e.action === 'update',
    );
    expect(events.at(-1)?.details).toMatchObject({
      changedTypes: ['measure_refused', 'aftercare_granted'],
      consultationRule: null,
      letterheadChanged: true,
    });

    // set back to the default: shown as the default, its row kept with the default's values
    const back = await c.admin.put(URL, settingsBody({ letterheadAddress: 'Rådhustorvet 1\n9999 Demoby' }));
    expect(back.body.decisionTypes.every((t: TypeView) => t.isDefault)).toBe(true);
    expect(await savedRows()).toEqual(['aftercare_granted', 'measure_refused']);
    const last = (await eventsOf(server.db, server.municipality.id)).at(-1);
    expect(last?.details).toMatchObject({
      changedTypes: ['measure_refused', 'aftercare_granted'],
      letterheadChanged: false,
    });
  });

  it('refuses what the rules do not allow (422) and what is no request (400), in Danish, storing nothing', async () => {
    const before = (await c.admin.get(URL)).body;
    const put = (body: unknown) => c.admin.put(URL, body);
    const tooLong = await put(settingsBody({ consultationRule: { days: 61 } }));
    expect([tooLong.status, tooLong.body.error]).toEqual([
      422,
      { id: 'unprocessable', message: 'Svarfristen skal være 1 til 60 dage.' },
    ]);
    expect((await put(settingsBody({ consultationRule: { days: 0 } }))).status).toBe(422);
    const noRefs = await put(
      settingsBody({ types: { measure_stopped: { appealGuidance: { references: [] } } } }),
    );
    expect([noRefs.status, noRefs.body.error.message]).toEqual([
      422,
      'Ophør af indsats: Angiv mindst én lovhenvisning.',
    ]);
    const weeks = await put(
      settingsBody({ types: { measure_granted: { appealGuidance: { deadlineWeeks: 53 } } } }),
    );
    expect(weeks.body.error.message).toBe('Bevilling af indsats: Klagefristen skal være 1 til 52 uger.');
    const blank = await put(
      settingsBody({ types: { measure_granted: { appealGuidance: { appealTo: '  ' } } } }),
    );
    expect([blank.status, blank.body.error.id]).toEqual([400, 'invalid_input']);

    const missing = settingsBody();
    missing.decisionTypes.pop();
    expect((await put(missing)).status).toBe(400);
    expect((await put(settingsBody({ consultationRule: { days: 1.5 } }))).status).toBe(400);
    expect((await put(settingsBody({ consultationRule: { unit: 'weeks' } }))).status).toBe(400);
    const extra = await put({ ...settingsBody(), isDefault: true });
    expect([extra.status, extra.body.error.message]).toEqual([400, expect.stringMatching(/isDefault/)]);
    expect((await c.admin.get(URL)).body).toEqual(before);
  });

  it('are read by those who write documents and the admin, and written by the admin only', async () => {
    const readers: UserKey[] = ['admin', 'leader', 'preventive', 'caseworker', 'caseworker2', 'fosterCare'];
    const current = settingsBody({ letterheadAddress: 'Rådhustorvet 1\n9999 Demoby' });
    for (const user of USER_KEYS) {
      expect([user, (await c[user].get(URL)).status]).toEqual([user, readers.includes(user) ? 200 : 403]);
      expect([user, (await c[user].put(URL, current)).status]).toEqual([user, user === 'admin' ? 200 : 403]);
    }
  });
});

describe('what the saved settings change', () => {
  it('a second signature saved for a type makes a new decision of it wait for a leader', async () => {
    const saved = await c.admin.put(
      URL,
      settingsBody({ types: { measure_stopped: { secondSignature: true } } }),
    );
    expect(saved.status).toBe(200);
    const made = await c.caseworker.post(
      `/api/cases/${caseId}/decisions`,
      decisionBody({ type: 'measure_stopped', decidedOn: todayInCopenhagen() }),
    );
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ status: 'awaiting_signature', signedBy: null });
    const other = await c.caseworker.post(
      `/api/cases/${caseId}/decisions`,
      decisionBody({ type: 'measure_granted', decidedOn: todayInCopenhagen() }),
    );
    expect(other.body.status).toBe('final');
  });

  it('a consultation rule of 5 working days gives a new consultation its fifth working day as the last', async () => {
    const rule = { days: 5, unit: 'working_days' } as const;
    const saved = await c.admin.put(URL, settingsBody({ consultationRule: rule }));
    expect(saved.body.consultationRule).toEqual({ ...rule, isDefault: false });
    const sent = await c.caseworker.post(`/api/cases/${caseId}/consultations`, consultationBody());
    expect(sent.status).toBe(201);
    expect(sent.body.rule).toEqual(rule);
    expect(sent.body.lastDay).toBe(consultationLastDay(new Date(sent.body.sentAt), rule));
    expect(sent.body.lastDay).not.toBe(consultationLastDay(new Date(sent.body.sentAt)));
  });
});
