import { type CatalogSettings, DEFAULT_CATALOG_SETTINGS } from '../../core/catalog/gap-rules.ts';
import type { Tx } from '../../store/database.ts';

/**
 * The analysis's own table, `catalog_setting` (one row per municipality, none = the defaults).
 * The offers and the ladder are read through the catalog's queries (offers.queries.ts,
 * ladder.queries.ts), so there is one mapping from rows to offers.
 */

export async function loadCatalogSettings(tx: Tx, municipalityId: string): Promise<CatalogSettings> {
  const row = await tx
    .selectFrom('catalog_setting')
    .select('max_child_individual_share')
    .where('municipality_id', '=', municipalityId)
    .executeTakeFirst();
  if (!row) return { ...DEFAULT_CATALOG_SETTINGS };
  return { maxChildIndividualShare: Number(row.max_child_individual_share) };
}

export async function saveCatalogSettings(
  tx: Tx,
  municipalityId: string,
  settings: CatalogSettings,
): Promise<CatalogSettings> {
  // numeric(4,3): a string keeps the value exact on its way to PostgreSQL
  const share = settings.maxChildIndividualShare.toFixed(3);
  const row = await tx
    .insertInto('catalog_setting')
    .values({ municipality_id: municipalityId, max_child_individual_share: share, updated_at: new Date() })
    .onConflict((oc) =>
      oc.column('municipality_id').doUpdateSet({ max_child_individual_share: share, updated_at: new Date() }),
    )
    .returning('max_child_individual_share')
    .executeTakeFirstOrThrow();
  return { maxChildIndividualShare: Number(row.max_child_individual_share) };
}

/**
 * Places in use per offer. Measures (the children's actual support) come in a later issue; until
 * then no place is taken and the map is empty, so the match marks nothing as full.
 */
export async function loadOccupancy(_tx: Tx, _municipalityId: string): Promise<Map<string, number>> {
  return new Map();
}
