import { asSystem, type Db } from '../../store/database.ts';
import type { TestServer } from '../../testing/server.ts';

/** Test-only helpers of the measure and follow-up tests (plans are another slice's API). */

/** A child's plan on the case with one goal per text; returns the goal ids in order. */
export async function insertPlanGoals(
  server: TestServer,
  caseId: string,
  texts: string[],
): Promise<string[]> {
  const m = server.municipality;
  return asSystem(server.db, 'test-fixture', async (tx) => {
    const plan = await tx
      .insertInto('plan')
      .values({
        municipality_id: m.id,
        case_id: caseId,
        kind: 'child_plan',
        agreed_on: '2026-01-15',
        participants: JSON.stringify([{ name: 'Mor', relation: 'mor' }]),
        created_by: m.users.caseworker.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const ids: string[] = [];
    for (const [i, text] of texts.entries()) {
      const g = await tx
        .insertInto('plan_goal')
        .values({ municipality_id: m.id, plan_id: plan.id, position: i + 1, ics_area: 'development', text })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.push(g.id);
    }
    return ids;
  });
}

/** Audit rows of a user on an entity type, newest last. */
export function auditRows(db: Db, municipalityId: string, userId: string, entityType: string) {
  return asSystem(db, 'test-audit', (tx) =>
    tx
      .selectFrom('audit_log')
      .select(['action', 'entity_type', 'entity_id', 'outcome', 'details'])
      .where('municipality_id', '=', municipalityId)
      .where('user_id', '=', userId)
      .where('entity_type', '=', entityType)
      .orderBy('seq')
      .execute(),
  );
}

/** Changes catalog fields of a test offer (the fixture's offers have no legal basis, no time limit). */
export function updateOffer(
  db: Db,
  offerId: string,
  values: { time_limited?: boolean; legal_basis?: string },
) {
  return asSystem(db, 'test-fixture', (tx) =>
    tx.updateTable('offer').set(values).where('id', '=', offerId).execute(),
  );
}

/** A copy of a test offer with other catalog fields (an age range), named `name`; returns its id. */
export function copyOffer(
  db: Db,
  offerId: string,
  values: { name: string; age_min: number; age_max: number },
): Promise<string> {
  return asSystem(db, 'test-fixture', async (tx) => {
    const { id: _id, ...offer } = await tx
      .selectFrom('offer')
      .selectAll()
      .where('id', '=', offerId)
      .executeTakeFirstOrThrow();
    const row = await tx
      .insertInto('offer')
      .values({ ...offer, ...values })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  });
}
