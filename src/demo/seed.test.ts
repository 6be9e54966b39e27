import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { analyseCatalog } from '../core/catalog/analysis.ts';
import { hashPassword, verifyPassword } from '../server/access/password.ts';
import { loadCatalogSettings } from '../server/catalog/analysis.queries.ts';
import { loadCurrentLadder } from '../server/catalog/ladder.queries.ts';
import { listOffers } from '../server/catalog/offers.queries.ts';
import { asSystem, connect } from '../store/database.ts';
import { ALL_DEMO_TABLES, countRows, sqlTableOf } from './data.ts';
import { generateDemo } from './generate.ts';
import { ensureDemo, seedDemo } from './seed.ts';

const db = connect(inject('databaseUrl'), 4);
afterAll(() => db.destroy());

const TODAY = '2026-03-15';
/** Every test makes its own municipality; the code only has to be unique in the shared database. */
const uniqueCode = () => `demo-test-${randomBytes(5).toString('hex')}`;

async function countsInDb(municipalityId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ALL_DEMO_TABLES) {
    const column = table === 'municipality' ? 'id' : 'municipality_id';
    // The foundation's cases and those a district meeting opened share `cases`; only the latter
    // have a responsible team.
    const team =
      table === 'cases'
        ? sql`AND responsible_team IS NULL`
        : table === 'intake_case'
          ? sql`AND responsible_team IS NOT NULL`
          : sql``;
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(sqlTableOf(table))}
      WHERE ${sql.ref(column)} = ${municipalityId} ${team}`.execute(db);
    counts[table] = rows[0]?.n ?? -1;
  }
  return counts;
}

describe('seedDemo', () => {
  it('writes every generated row, with the shared demo password', async () => {
    const code = uniqueCode();
    const steps = new Set<string>();
    let last = { done: 0, total: -1 };
    const started = performance.now();
    const result = await seedDemo(db, {
      hashPassword,
      code,
      today: TODAY,
      onProgress: (step, done, total) => {
        steps.add(step);
        last = { done, total };
      },
    });
    const seconds = (performance.now() - started) / 1000;
    console.info(`seedDemo: ${seconds.toFixed(1)} s`, result.counts);

    const expected = countRows(generateDemo({ seed: 2026, today: TODAY, code, name: 'Demo Kommune' }));
    expect(result.counts).toEqual(expected);
    expect(await countsInDb(result.municipalityId)).toEqual(expected);
    expect(last.done).toBe(last.total);
    expect(steps).toContain('child');
    expect(steps).toContain('offer');

    // The catalog sits on the ladder the trigger made, each offer on the step of its position.
    const generated = generateDemo({ seed: 2026, today: TODAY, code, name: 'Demo Kommune' }).offer;
    const { ladder, offers, settings } = await asSystem(db, 'test-demo-catalog', async (tx) => ({
      ladder: await loadCurrentLadder(tx, result.municipalityId),
      offers: await listOffers(tx, result.municipalityId),
      settings: await loadCatalogSettings(tx, result.municipalityId),
    }));
    expect(offers).toHaveLength(generated.length);
    const positionOf = new Map(ladder.steps.map((s) => [s.id, s.position]));
    for (const row of generated) {
      const offer = offers.find((o) => o.id === row.id);
      expect(offer && positionOf.get(offer.stepId)).toBe(row.step_position);
      expect(offer?.icsAreas).toEqual(row.ics_areas);
      expect(offer?.unitCost).toBe(Number(row.unit_cost));
    }
    const rules = new Set(analyseCatalog({ ladder, offers, settings }).gaps.map((g) => g.rule));
    expect(rules.size).toBeGreaterThanOrEqual(3);

    const municipality = await db
      .selectFrom('municipality')
      .select(['code', 'name', 'is_demo'])
      .where('id', '=', result.municipalityId)
      .executeTakeFirstOrThrow();
    expect(municipality).toEqual({ code, name: 'Demo Kommune', is_demo: true });
    const hashes = await db
      .selectFrom('app_user')
      .select('password_hash')
      .distinct()
      .where('municipality_id', '=', result.municipalityId)
      .execute();
    expect(hashes).toHaveLength(1);
    expect(await verifyPassword(hashes[0]?.password_hash ?? '', 'demo')).toBe(true);

    // The code is taken now: a second plain seed fails whole and leaves nothing behind.
    await expect(seedDemo(db, { hashPassword, code, today: TODAY })).rejects.toThrow();
    const again = await ensureDemo(db, { hashPassword, code, today: TODAY });
    expect(again).toEqual({ municipalityId: result.municipalityId, created: false });
    // Seeding a whole Demo Kommune twice: generous on a loaded 2-core machine.
  }, 120_000);

  it('ensureDemo creates the municipality once, also when called twice at the same time', async () => {
    const code = uniqueCode();
    const results = await Promise.all([
      ensureDemo(db, { hashPassword, code, today: TODAY }),
      ensureDemo(db, { hashPassword, code, today: TODAY }),
    ]);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(results[0]?.municipalityId).toBe(results[1]?.municipalityId);
    const third = await ensureDemo(db, { hashPassword, code, today: TODAY });
    expect(third.created).toBe(false);
    const { rows } = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM municipality WHERE code = ${code}`.execute(db);
    expect(rows[0]?.n).toBe(1);
    const children = await db
      .selectFrom('child')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('municipality_id', '=', third.municipalityId)
      .executeTakeFirstOrThrow();
    expect(Number(children.n)).toBe(results.find((r) => r.created)?.counts?.child);
  }, 120_000);
});
