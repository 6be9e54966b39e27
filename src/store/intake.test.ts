import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEETING_DECISIONS, REPORT_SOURCES, SCREENING_DECISIONS } from '../core/intake/sources.ts';
import { createTestMunicipality, type TestMunicipality } from '../testing/fixtures.ts';
import { testDb } from '../testing/server.ts';
import { type Db, inMunicipality, type Tx } from './database.ts';
import { reportRow } from './intake.testing.ts';

// Migration 005 at the store level: the constraints that keep deadlines honest hold even if
// a use case forgets, and the tables are tenant-isolated and append-only like the others.

let db: Db;
let a: TestMunicipality;
let b: TestMunicipality;
beforeAll(async () => {
  db = testDb();
  a = await createTestMunicipality(db, 'intake-a');
  b = await createTestMunicipality(db, 'intake-b');
});
afterAll(() => db.destroy());

const insert = (tx: Tx, row: ReturnType<typeof reportRow>) =>
  tx.insertInto('report').values(row).returning('id').executeTakeFirstOrThrow();

describe('migration 005 (intake)', () => {
  it('stores a report with the deadlines computed in core', async () => {
    const { id } = await inMunicipality(db, a.id, (tx) => insert(tx, reportRow(a)));
    const row = await inMunicipality(db, a.id, (tx) =>
      tx.selectFrom('report').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
    );
    expect(row.screening_due_at.getTime() - row.received_at.getTime()).toBe(24 * 3_600_000);
    expect(row.status).toBe('received');
  });

  it.each([
    ['a screening deadline other than 24 hours', { screening_due_at: new Date('2026-03-29T01:30:00+01:00') }],
    [
      'a receipt deadline for an anonymous reporter',
      { reporter_kind: 'anonymous', reporter_name: null, reporter_user_id: null },
    ],
    ['no receipt deadline for a professional', { receipt_due_at: null }],
    ['no child and no provisional identity', { child_id: null }],
    ['a name without a birth date', { child_id: null, provisional_name: 'Ukendt Barn' }],
    ['an unknown source', { source: 'newspaper' }],
  ])('refuses %s', async (_label, overrides) => {
    await expect(inMunicipality(db, a.id, (tx) => insert(tx, reportRow(a, overrides)))).rejects.toThrow();
  });

  it('accepts a provisional child by name and birth date', async () => {
    const row = reportRow(a, {
      child_id: null,
      district_id: null,
      provisional_name: 'Ukendt Barn',
      provisional_birth_date: '2018-05-01',
    });
    await expect(inMunicipality(db, a.id, (tx) => insert(tx, row))).resolves.toHaveProperty('id');
  });

  it('keeps one report per idempotency key in a municipality, not across them', async () => {
    const key = 'shared-key-0001';
    await inMunicipality(db, a.id, (tx) => insert(tx, reportRow(a, { idempotency_key: key })));
    await expect(
      inMunicipality(db, a.id, (tx) => insert(tx, reportRow(a, { idempotency_key: key }))),
    ).rejects.toThrow();
    await expect(
      inMunicipality(db, b.id, (tx) => insert(tx, reportRow(b, { idempotency_key: key }))),
    ).resolves.toHaveProperty('id');
  });

  it('hides another municipality’s reports and never lets a request delete one', async () => {
    const seen = await inMunicipality(db, b.id, (tx) =>
      tx.selectFrom('report').select('municipality_id').execute(),
    );
    expect(seen.every((r) => r.municipality_id === b.id)).toBe(true);
    await expect(inMunicipality(db, a.id, (tx) => tx.deleteFrom('report').execute())).rejects.toThrow(
      /permission/,
    );
    await expect(inMunicipality(db, a.id, (tx) => tx.deleteFrom('screening').execute())).rejects.toThrow(
      /permission/,
    );
  });

  it('lets a meeting decision carry a case only for an assessment', async () => {
    const { id: reportId } = await inMunicipality(db, a.id, (tx) => insert(tx, reportRow(a)));
    await expect(
      inMunicipality(db, a.id, async (tx) => {
        const meeting = await tx
          .insertInto('district_meeting')
          .values({ municipality_id: a.id, district_id: a.districts.d1, held_on: '2026-03-31' })
          .returning('id')
          .executeTakeFirstOrThrow();
        const kase = await tx
          .insertInto('cases')
          .values({
            municipality_id: a.id,
            // The fixture's inClass already has an open case (one per child); inDaycare has none.
            child_id: a.children.inDaycare.id,
            district_id: a.districts.d1,
            opened_reason: 'Test',
            responsible_team: 'family_team',
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await tx
          .insertInto('meeting_decision')
          .values({
            municipality_id: a.id,
            meeting_id: meeting.id,
            report_id: reportId,
            decision: 'preventive',
            reasons: 'Test',
            case_id: kase.id,
            decided_by: a.users.front.id,
          })
          .execute();
      }),
    ).rejects.toThrow(/check/);
  });

  it('lists in its CHECK constraints exactly the values core knows', async () => {
    const text = readFileSync(new URL('./migrations/005_intake.sql', import.meta.url), 'utf8');
    const listIn = (column: string): string[] => {
      const match = new RegExp(`${column} text NOT NULL CHECK \\(${column} IN \\(([^)]*)\\)`).exec(text);
      return [...(match?.[1] ?? '').matchAll(/'([a-z_]+)'/g)].map((m) => m[1] as string);
    };
    expect(listIn('source')).toEqual([...REPORT_SOURCES]);
    expect(listIn('decision')).toEqual([...SCREENING_DECISIONS]);
    expect([...text.matchAll(/decision IN \(([^)]*)\)/g)].map((m) => m[1]).at(-1)).toBe(
      MEETING_DECISIONS.map((d) => `'${d}'`).join(', '),
    );
    const { rows } = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM pg_policies WHERE policyname = 'tenant_isolation' AND tablename IN ('report', 'screening', 'receipt', 'district_meeting', 'meeting_decision', 'reporter_feedback', 'intake_setting')`.execute(
      db,
    );
    expect(rows[0]?.n).toBe(7);
  });
});
