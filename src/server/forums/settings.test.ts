import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAll, startTestServer, type TestServer } from '../../testing/server.ts';

let server: TestServer;
let c: Awaited<ReturnType<typeof loginAll<'admin' | 'leader' | 'caseworker' | 'analyst'>>>;
beforeAll(async () => {
  server = await startTestServer({ label: 'forum-settings' });
  c = await loginAll(server, ['admin', 'leader', 'caseworker', 'analyst']);
});
afterAll(() => server.close());

const DEFAULTS = {
  specialisedSteps: [4, 5, 6],
  specialisedOfferSteps: [3],
  institutionalSteps: [6],
  reviewIntervalMonths: 6,
  politicalReviewMonths: 6,
  institutionalFlagMonths: 12,
  aftercareLeadMonths: 3,
  decisionValidityMonths: 3,
  emergencyDays: 7,
  approvalThresholds: { byStep: [], otherwise: null },
};

describe('forum settings', () => {
  it('gives the defaults until saved, to those who sit in or set up forums', async () => {
    const res = await c.caseworker.get('/api/forum-settings');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ...DEFAULTS, updatedAt: null });
    expect((await c.analyst.get('/api/forum-settings')).status).toBe(403);
  });

  it('is changed by the admin only, audited with before and after', async () => {
    const next = {
      ...DEFAULTS,
      decisionValidityMonths: 4,
      emergencyDays: 10,
      approvalThresholds: { byStep: [{ stepPosition: 5, amount: 40000 }], otherwise: 60000 },
    };
    expect((await c.leader.put('/api/forum-settings', next)).status).toBe(403);
    const res = await c.admin.put('/api/forum-settings', next);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ...next, updatedAt: expect.any(String) });
    expect((await c.leader.get('/api/forum-settings')).body).toMatchObject(next);
    const audit = await server.db
      .selectFrom('audit_log')
      .select(['action', 'entity_type', 'details'])
      .where('municipality_id', '=', server.municipality.id)
      .where('user_id', '=', server.users.admin.id)
      .where('entity_type', '=', 'forum_setting')
      .execute();
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'update',
        details: expect.objectContaining({ before: DEFAULTS, after: next }),
      }),
    ]);
  });

  it('refuses values outside the ranges with 400 in Danish', async () => {
    const tooLong = await c.admin.put('/api/forum-settings', { ...DEFAULTS, decisionValidityMonths: 25 });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.message).toMatch(/fra 1 til 24/);
    const negative = await c.admin.put('/api/forum-settings', {
      ...DEFAULTS,
      approvalThresholds: { byStep: [{ stepPosition: 4, amount: -1 }], otherwise: null },
    });
    expect(negative.status).toBe(400);
    const twice = await c.admin.put('/api/forum-settings', {
      ...DEFAULTS,
      approvalThresholds: {
        byStep: [
          { stepPosition: 4, amount: 1 },
          { stepPosition: 4, amount: 2 },
        ],
        otherwise: null,
      },
    });
    expect(twice.status).toBe(400);
    expect((await c.admin.put('/api/forum-settings', { ...DEFAULTS, extra: 1 })).status).toBe(400);
  });
});
