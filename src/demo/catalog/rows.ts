import type { RowOf, TableKinds } from '../schema-rows.ts';

/** The catalog's rows of Demo Kommune (migration 002): its offers. */

export const CATALOG_COLUMNS = {
  /** An offer as the seed writes it: on the step its position names (see DemoOfferRow). */
  offer: {
    municipality_id: 'uuid',
    id: 'uuid',
    step_id: 'uuid',
    name: 'text',
    description: 'text',
    provider_kind: 'text',
    provider_name: 'text',
    target: 'text',
    form: 'text',
    setting: 'text',
    age_min: 'integer',
    age_max: 'integer',
    ics_areas: 'text[]',
    typical_duration_weeks: 'integer',
    time_limited: 'boolean',
    evidence: 'text',
    programme: 'text',
    legal_basis: 'text',
    unit_cost: 'numeric',
    cost_unit: 'text',
    capacity: 'integer',
    status: 'text',
    illustrative: 'boolean',
    specialised: 'boolean',
  },
} satisfies TableKinds;

/**
 * An offer of the demo catalog (catalog/catalog.ts). Generator-only: it names its step by
 * position on the default ladder instead of by `step_id`, because the step ids are made by the
 * municipality's trigger when the seed inserts it; the seed looks them up in the same transaction.
 */
export type DemoOfferRow = Omit<RowOf<'offer', typeof CATALOG_COLUMNS.offer>, 'step_id'> & {
  step_position: number;
};

export interface CatalogData {
  offer: DemoOfferRow[];
}
