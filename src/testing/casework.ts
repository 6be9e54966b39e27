import { asSystem, type Db } from '../store/database.ts';
import { tenantJoin } from '../store/tenant-join.ts';
import type { TestMunicipality } from './fixtures.ts';

/**
 * Offers of a test municipality's catalog on its default ladder (position 1–6, domain.md), for
 * case-work tests: one per step, named "Tilbud trin N". Returns the offer id per position.
 */
export async function createLadderOffers(db: Db, m: TestMunicipality): Promise<Record<number, string>> {
  return asSystem(db, 'test-fixture', async (tx) => {
    const steps = await tx
      .selectFrom('ladder_version_step as lvs')
      .innerJoin('ladder_version as lv', (j) => tenantJoin(j, 'lv.id', 'lvs.ladder_version_id'))
      .select(['lvs.step_id', 'lvs.position', 'lvs.category'])
      .where('lvs.municipality_id', '=', m.id)
      .where('lv.version', '=', 1)
      .orderBy('lvs.position')
      .execute();
    const offers: Record<number, string> = {};
    for (const s of steps) {
      const placement = s.category === 'placement';
      const row = await tx
        .insertInto('offer')
        .values({
          municipality_id: m.id,
          name: `Tilbud trin ${s.position}`,
          provider_kind: 'own',
          provider_name: 'Testkommunen',
          step_id: s.step_id,
          target: s.position === 2 ? 'parents' : 'child',
          form: 'individual',
          setting: placement ? 'residential' : s.position === 3 ? 'home' : 'everyday',
          age_min: 0,
          age_max: 22,
          ics_areas: ['development'],
          evidence: 'documented',
          unit_cost: placement ? 40000 + 10000 * s.position : 5000 * s.position,
          cost_unit: 'month',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      offers[s.position] = row.id;
    }
    return offers;
  });
}
