import { randomBytes } from 'node:crypto';
import { copenhagenInstant } from '../../core/calendar/zone.ts';
import { replacementCpr } from '../../core/cpr.ts';
import { asSystem, type Db, type Tx } from '../../store/database.ts';
import type { TestMunicipality } from '../../testing/fixtures.ts';

/**
 * Test-only rows for the overview tests ("Mit overblik", supervision, figures): dated records
 * written directly as the system, so a test can stand months in the past without waiting.
 */

let serial = 700;

export interface CaseSpec {
  districtId: string;
  caseworkerId?: string | null;
  fosterCareId?: string | null;
  openedOn: string;
  birthDate?: string;
  name?: string;
}

/** A new child with an open case opened on `openedOn` (Copenhagen noon). */
export async function addCase(
  db: Db,
  m: TestMunicipality,
  spec: CaseSpec,
): Promise<{ caseId: string; childId: string }> {
  return asSystem(db, 'test-fixture', (tx) => insertCase(tx, m, spec));
}

/** Many cases in one transaction (the supervision's timing fixture), each with an open assessment. */
export async function addCases(
  db: Db,
  m: TestMunicipality,
  specs: readonly (CaseSpec & { awareOn?: string })[],
): Promise<string[]> {
  return asSystem(db, 'test-fixture', async (tx) => {
    const ids: string[] = [];
    for (const spec of specs) {
      const { caseId } = await insertCase(tx, m, spec);
      if (spec.awareOn) {
        await tx
          .insertInto('assessment')
          .values({
            municipality_id: m.id,
            case_id: caseId,
            kind: 'assessment',
            aware_on: spec.awareOn,
            created_by: m.users.leader.id,
          })
          .execute();
      }
      ids.push(caseId);
    }
    return ids;
  });
}

async function insertCase(
  tx: Tx,
  m: TestMunicipality,
  spec: CaseSpec,
): Promise<{ caseId: string; childId: string }> {
  const base = { municipality_id: m.id };
  const household = await tx
    .insertInto('household')
    .values({ ...base, district_id: spec.districtId, address: `Overbliksvej ${serial}` })
    .returning('id')
    .executeTakeFirstOrThrow();
  // Birth dates vary with the serial so the replacement CPR numbers stay distinct past 1,000 cases.
  const birthDate =
    spec.birthDate ??
    `2015-${String((serial % 12) + 1).padStart(2, '0')}-${String((serial % 28) + 1).padStart(2, '0')}`;
  const child = await tx
    .insertInto('child')
    .values({
      ...base,
      cpr: replacementCpr(birthDate, serial++),
      first_name: spec.name ?? `Barn${randomBytes(2).toString('hex')}`,
      last_name: 'Overbliksen',
      birth_date: birthDate,
      household_id: household.id,
      district_id: spec.districtId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const row = await tx
    .insertInto('cases')
    .values({
      ...base,
      child_id: child.id,
      district_id: spec.districtId,
      caseworker_id: spec.caseworkerId ?? null,
      foster_care_consultant_id: spec.fosterCareId ?? null,
      opened_at: copenhagenInstant(spec.openedOn, 12),
      opened_reason: 'Testsag',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { caseId: row.id, childId: child.id };
}

export async function backdateCase(db: Db, caseId: string, openedOn: string): Promise<void> {
  await asSystem(db, 'test-fixture', (tx) =>
    tx
      .updateTable('cases')
      .set({ opened_at: copenhagenInstant(openedOn, 12) })
      .where('id', '=', caseId)
      .execute(),
  );
}

export async function addAssessment(
  db: Db,
  m: TestMunicipality,
  caseId: string,
  by: string,
  awareOn: string,
  completedOn: string | null = null,
): Promise<void> {
  await asSystem(db, 'test-fixture', (tx) =>
    tx
      .insertInto('assessment')
      .values({
        municipality_id: m.id,
        case_id: caseId,
        kind: 'assessment',
        aware_on: awareOn,
        completed_on: completedOn,
        conclusion: completedOn ? 'Konklusion' : null,
        created_by: by,
      })
      .execute(),
  );
}

export async function addJournal(
  db: Db,
  m: TestMunicipality,
  caseId: string,
  by: string,
  kind: 'conversation' | 'home_visit' | 'meeting' | 'phone' | 'decision' | 'note',
  on: string,
): Promise<void> {
  await asSystem(db, 'test-fixture', (tx) =>
    tx
      .insertInto('journal_entry')
      .values({
        municipality_id: m.id,
        case_id: caseId,
        kind,
        occurred_at: copenhagenInstant(on, 10),
        text: `Notat (${kind})`,
        written_by: by,
      })
      .execute(),
  );
}

/** A measure on the default ladder at `position` (offers from createLadderOffers). */
export async function addMeasure(
  db: Db,
  m: TestMunicipality,
  offers: Record<number, string>,
  o: {
    caseId: string;
    childId: string;
    position: number;
    startOn: string;
    endedOn?: string | null;
    by: string;
  },
): Promise<string> {
  return asSystem(db, 'test-fixture', async (tx) => {
    const offer = await tx
      .selectFrom('offer')
      .select(['id', 'step_id'])
      .where('id', '=', offers[o.position] as string)
      .executeTakeFirstOrThrow();
    const version = await tx
      .selectFrom('ladder_version')
      .select('id')
      .where('municipality_id', '=', m.id)
      .where('version', '=', 1)
      .executeTakeFirstOrThrow();
    const track = o.position >= 4 ? 'placement' : o.position === 3 ? 'home' : 'early';
    const row = await tx
      .insertInto('measure')
      .values({
        municipality_id: m.id,
        case_id: o.caseId,
        child_id: o.childId,
        offer_id: offer.id,
        step_id: offer.step_id,
        step_position: o.position,
        ladder_version_id: version.id,
        track,
        start_on: o.startOn,
        ended_on: o.endedOn ?? null,
        end_reason: o.endedOn ? 'step_down' : null,
        legal_basis: 'BL § 32',
        forum_decision_ref: track === 'placement' ? 'Anbringelsesudvalget 1' : null,
        created_by: o.by,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  });
}

export async function addLadderMove(
  db: Db,
  m: TestMunicipality,
  o: { caseId: string; childId: string; on: string; from: number; to: number; by: string },
): Promise<void> {
  await asSystem(db, 'test-fixture', (tx) =>
    tx
      .insertInto('ladder_move')
      .values({
        municipality_id: m.id,
        case_id: o.caseId,
        child_id: o.childId,
        moved_on: o.on,
        from_position: o.from,
        to_position: o.to,
        direction: o.to > o.from ? 'up' : 'down',
        reason: 'Test',
        created_by: o.by,
      })
      .execute(),
  );
}
