import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestMunicipality, type TestMunicipality } from '../testing/fixtures.ts';
import { testDb } from '../testing/server.ts';
import { asSystem, type Db } from './database.ts';
import { reportRow } from './intake.testing.ts';

// Migration 013: cases a district meeting opened without aware_on get the Copenhagen date of the
// earliest report decided into them, and the default-dated assessment follows (issue #10, item 12).

let db: Db;
let m: TestMunicipality;
beforeAll(async () => {
  db = testDb();
  m = await createTestMunicipality(db, 'meeting-awareness');
});
afterAll(() => db.destroy());

const migration = readFileSync(
  new URL('./migrations/013_meeting_case_awareness.sql', import.meta.url),
  'utf8',
);

async function report(receivedAt: Date, key: string) {
  return asSystem(db, 'test-fixture', (tx) =>
    tx
      .insertInto('report')
      .values(
        reportRow(m, {
          child_id: m.children.inDaycare.id,
          received_at: receivedAt,
          idempotency_key: key,
          status: 'closed',
          closed_at: new Date('2026-03-10T12:00:00Z'),
        }),
      )
      .returning('id')
      .executeTakeFirstOrThrow(),
  );
}

describe('migration 013 (a meeting’s case aware from the report)', () => {
  it('dates the case and its default-dated assessment from the earliest report, and names the decider', async () => {
    // 23.30 UTC on 2 March is 00.30 on 3 March in Copenhagen.
    const early = await report(new Date('2026-03-02T23:30:00Z'), 'awareness-early-key');
    const late = await report(new Date('2026-03-05T09:00:00Z'), 'awareness-late-key');
    const ids = await asSystem(db, 'test-fixture', async (tx) => {
      const meeting = await tx
        .insertInto('district_meeting')
        .values({
          municipality_id: m.id,
          district_id: m.districts.d1,
          held_on: '2026-03-10',
          participants: JSON.stringify([]),
          chaired_by: m.users.front.id,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const c = await tx
        .insertInto('cases')
        .values({
          municipality_id: m.id,
          child_id: m.children.inDaycare.id,
          district_id: m.districts.d1,
          opened_reason: 'Børnefaglig undersøgelse besluttet på distriktsmøde 2026-03-10',
          opened_at: new Date('2026-03-10T12:00:00Z'),
        })
        .returning(['id', 'version'])
        .executeTakeFirstOrThrow();
      for (const [reportId, by, at] of [
        [late.id, m.users.front.id, '2026-03-10T12:00:00Z'],
        [early.id, m.users.preventive.id, '2026-03-10T12:05:00Z'],
      ] as const) {
        await tx
          .insertInto('meeting_decision')
          .values({
            municipality_id: m.id,
            meeting_id: meeting.id,
            report_id: reportId,
            decision: 'assessment',
            reasons: 'Undersøgelse.',
            case_id: c.id,
            decided_by: by,
            decided_at: new Date(at),
          })
          .execute();
      }
      const a = await tx
        .insertInto('assessment')
        .values({
          municipality_id: m.id,
          case_id: c.id,
          kind: 'assessment',
          aware_on: '2026-03-10',
          created_by: m.users.caseworker.id,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { caseId: c.id, assessmentId: a.id };
    });

    await asSystem(db, 'test-migration', (tx) => sql.raw(migration).execute(tx));

    const row = await asSystem(db, 'test-read', (tx) =>
      tx
        .selectFrom('cases')
        .select(['aware_on', 'created_by', 'version'])
        .where('municipality_id', '=', m.id)
        .where('id', '=', ids.caseId)
        .executeTakeFirstOrThrow(),
    );
    expect(row).toEqual({ aware_on: '2026-03-03', created_by: m.users.front.id, version: 2 });
    const assessment = await asSystem(db, 'test-read', (tx) =>
      tx
        .selectFrom('assessment')
        .select(['aware_on', 'version'])
        .where('municipality_id', '=', m.id)
        .where('id', '=', ids.assessmentId)
        .executeTakeFirstOrThrow(),
    );
    expect(assessment).toEqual({ aware_on: '2026-03-03', version: 2 });

    // Run again: nothing left to correct, nothing changes.
    await asSystem(db, 'test-migration', (tx) => sql.raw(migration).execute(tx));
    const after = await asSystem(db, 'test-read', (tx) =>
      tx
        .selectFrom('cases')
        .select('version')
        .where('municipality_id', '=', m.id)
        .where('id', '=', ids.caseId)
        .executeTakeFirstOrThrow(),
    );
    expect(after.version).toBe(2);
  });
});
