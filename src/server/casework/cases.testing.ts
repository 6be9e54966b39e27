import { replacementCpr } from '../../core/cpr.ts';
import { asSystem, type Db } from '../../store/database.ts';
import { tenantJoin } from '../../store/tenant-join.ts';
import type { TestMunicipality } from '../../testing/fixtures.ts';

/**
 * Test-only helpers for case-work tests: extra children (siblings), open cases and measures
 * written directly, a case's current version, the audit rows of an entity.
 */

let serial = 200;

/** A child in the household of `siblingOf` (or a new household in `district`, default d1), optionally with an open case. */
export async function addChild(
  db: Db,
  m: TestMunicipality,
  o: {
    birthDate?: string;
    siblingOf?: string;
    caseworkerId?: string | null;
    openCase?: boolean;
    district?: 'd1' | 'd2';
  } = {},
): Promise<{ id: string; caseId: string | null; householdId: string }> {
  const base = { municipality_id: m.id };
  return asSystem(db, 'test-fixture', async (tx) => {
    const sibling = o.siblingOf
      ? await tx
          .selectFrom('child')
          .select(['household_id', 'district_id'])
          .where('id', '=', o.siblingOf)
          .executeTakeFirstOrThrow()
      : null;
    const districtId = sibling?.district_id ?? m.districts[o.district ?? 'd1'];
    const householdId =
      sibling?.household_id ??
      (
        await tx
          .insertInto('household')
          .values({ ...base, district_id: districtId, address: `Prøvevej ${serial}` })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const birthDate = o.birthDate ?? '2016-02-03';
    const child = await tx
      .insertInto('child')
      .values({
        ...base,
        cpr: replacementCpr(birthDate, serial++),
        first_name: `Barn${serial}`,
        last_name: 'Prøvesen',
        birth_date: birthDate,
        household_id: householdId,
        district_id: districtId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    let caseId: string | null = null;
    if (o.openCase) {
      caseId = (
        await tx
          .insertInto('cases')
          .values({
            ...base,
            child_id: child.id,
            district_id: districtId,
            caseworker_id: o.caseworkerId ?? null,
            opened_reason: 'Testsag',
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    }
    return { id: child.id, caseId, householdId };
  });
}

/** A measure on a case from an offer of the catalog (see createLadderOffers), as if decided. */
export async function addMeasure(
  db: Db,
  m: TestMunicipality,
  o: { caseId: string; offerId: string; startOn: string; endedOn?: string },
): Promise<string> {
  return asSystem(db, 'test-fixture', async (tx) => {
    const c = await tx
      .selectFrom('cases')
      .select(['child_id'])
      .where('municipality_id', '=', m.id)
      .where('id', '=', o.caseId)
      .executeTakeFirstOrThrow();
    const step = await tx
      .selectFrom('offer as o')
      .innerJoin('ladder_version_step as s', (j) => tenantJoin(j, 's.step_id', 'o.step_id'))
      .select(['o.step_id', 's.position', 's.ladder_version_id', 's.category'])
      .where('o.municipality_id', '=', m.id)
      .where('o.id', '=', o.offerId)
      .executeTakeFirstOrThrow();
    const placement = step.category === 'placement';
    const row = await tx
      .insertInto('measure')
      .values({
        municipality_id: m.id,
        case_id: o.caseId,
        child_id: c.child_id,
        offer_id: o.offerId,
        step_id: step.step_id,
        step_position: step.position,
        ladder_version_id: step.ladder_version_id,
        track: placement ? 'placement' : step.position === 3 ? 'home' : 'early',
        start_on: o.startOn,
        ended_on: o.endedOn ?? null,
        end_reason: o.endedOn ? 'goals_met' : null,
        legal_basis: 'BL § 32',
        forum_decision_ref: placement ? 'Anbringelsesudvalget 2026-01-01' : null,
        created_by: m.users.caseworker.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  });
}

export async function caseVersion(db: Db, caseId: string): Promise<number> {
  const row = await db
    .selectFrom('cases')
    .select('version')
    .where('id', '=', caseId)
    .executeTakeFirstOrThrow();
  return row.version;
}

export function auditRows(db: Db, m: TestMunicipality, entityId: string) {
  return db
    .selectFrom('audit_log')
    .select(['action', 'outcome', 'user_id', 'entity_type', 'emergency', 'reason', 'details'])
    .where('municipality_id', '=', m.id)
    .where('entity_id', '=', entityId)
    .orderBy('seq')
    .execute();
}
