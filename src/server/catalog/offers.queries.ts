import type { Selectable } from 'kysely';
import {
  ICS_AREAS,
  type IcsArea,
  type Offer,
  type OfferFields,
  type OfferStatus,
} from '../../core/catalog/types.ts';
import type { Tx } from '../../store/database.ts';
import type { OfferTable } from '../../store/schema.ts';

/** The catalog's offers in the database. Offers are retired, never deleted (no DELETE grant). */

export type OfferRow = Selectable<OfferTable>;

/** ICS areas in one fixed order, so two offers with the same areas compare equal. */
export function sortIcsAreas(areas: readonly string[]): IcsArea[] {
  return ICS_AREAS.filter((a) => areas.includes(a));
}

export function offerFromRow(row: OfferRow): Offer {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    providerKind: row.provider_kind,
    providerName: row.provider_name,
    stepId: row.step_id,
    target: row.target,
    form: row.form,
    setting: row.setting,
    ageMin: row.age_min,
    ageMax: row.age_max,
    icsAreas: sortIcsAreas(row.ics_areas),
    typicalDurationWeeks: row.typical_duration_weeks,
    timeLimited: row.time_limited,
    specialised: row.specialised,
    evidence: row.evidence,
    programme: row.programme,
    legalBasis: row.legal_basis,
    unitCost: Number(row.unit_cost),
    costUnit: row.cost_unit,
    capacity: row.capacity,
    status: row.status,
    illustrative: row.illustrative,
  };
}

function columnsOf(fields: OfferFields) {
  return {
    name: fields.name,
    description: fields.description,
    provider_kind: fields.providerKind,
    provider_name: fields.providerName,
    step_id: fields.stepId,
    target: fields.target,
    form: fields.form,
    setting: fields.setting,
    age_min: fields.ageMin,
    age_max: fields.ageMax,
    ics_areas: sortIcsAreas(fields.icsAreas),
    typical_duration_weeks: fields.typicalDurationWeeks,
    time_limited: fields.timeLimited,
    specialised: fields.specialised,
    evidence: fields.evidence,
    programme: fields.programme,
    legal_basis: fields.legalBasis,
    // numeric(12,2): a string keeps the value exact on its way to PostgreSQL
    unit_cost: fields.unitCost.toFixed(2),
    cost_unit: fields.costUnit,
    capacity: fields.capacity,
    status: fields.status,
    illustrative: fields.illustrative,
  };
}

export interface OfferFilter {
  /** substring of name, description or programme, case-insensitive */
  q?: string | undefined;
  stepId?: string | undefined;
  target?: string | undefined;
  form?: string | undefined;
  /** the offer's age range includes this age */
  age?: number | undefined;
  status?: OfferStatus | 'all' | undefined;
}

/** `%`, `_` and `\` typed by a user are literal characters, not patterns. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export async function listOffers(tx: Tx, municipalityId: string, filter: OfferFilter = {}): Promise<Offer[]> {
  let query = tx.selectFrom('offer').selectAll().where('municipality_id', '=', municipalityId);
  const status = filter.status ?? 'active';
  if (status !== 'all') query = query.where('status', '=', status);
  if (filter.stepId) query = query.where('step_id', '=', filter.stepId);
  if (filter.target) query = query.where('target', '=', filter.target as Offer['target']);
  if (filter.form) query = query.where('form', '=', filter.form as Offer['form']);
  if (filter.age !== undefined) {
    const age = filter.age;
    query = query.where('age_min', '<=', age).where('age_max', '>=', age);
  }
  const text = filter.q?.trim();
  if (text) {
    const pattern = likePattern(text);
    query = query.where((eb) =>
      eb.or([
        eb('name', 'ilike', pattern),
        eb('description', 'ilike', pattern),
        eb('programme', 'ilike', pattern),
      ]),
    );
  }
  const rows = await query.orderBy('name').execute();
  return rows.map(offerFromRow);
}

export async function findOffer(tx: Tx, municipalityId: string, id: string): Promise<Offer | undefined> {
  const row = await tx
    .selectFrom('offer')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? offerFromRow(row) : undefined;
}

export async function findOfferByName(
  tx: Tx,
  municipalityId: string,
  name: string,
): Promise<Offer | undefined> {
  const row = await tx
    .selectFrom('offer')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('name', '=', name)
    .executeTakeFirst();
  return row ? offerFromRow(row) : undefined;
}

export async function insertOffer(tx: Tx, municipalityId: string, fields: OfferFields): Promise<Offer> {
  const row = await tx
    .insertInto('offer')
    .values({ municipality_id: municipalityId, ...columnsOf(fields) })
    .returningAll()
    .executeTakeFirstOrThrow();
  return offerFromRow(row);
}

export async function updateOffer(
  tx: Tx,
  municipalityId: string,
  id: string,
  fields: OfferFields,
): Promise<Offer> {
  const row = await tx
    .updateTable('offer')
    .set({ ...columnsOf(fields), updated_at: new Date() })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return offerFromRow(row);
}

/** How many active offers sit on each of these steps (a step with offers may not be retired). */
export async function activeOffersOnSteps(
  tx: Tx,
  municipalityId: string,
  stepIds: string[],
): Promise<{ stepId: string; names: string[] }[]> {
  if (stepIds.length === 0) return [];
  const rows = await tx
    .selectFrom('offer')
    .select(['step_id', 'name'])
    .where('municipality_id', '=', municipalityId)
    .where('status', '=', 'active')
    .where('step_id', 'in', stepIds)
    .orderBy('name')
    .execute();
  const byStep = new Map<string, string[]>();
  for (const r of rows) byStep.set(r.step_id, [...(byStep.get(r.step_id) ?? []), r.name]);
  return [...byStep].map(([stepId, names]) => ({ stepId, names }));
}
