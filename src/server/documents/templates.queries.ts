import type { DocumentType } from '../../core/documents/templates.ts';
import type { Tx } from '../../store/database.ts';

/** Versions of the municipality's templates (document_template; migration 020). */

export function latestTemplate(tx: Tx, type: DocumentType) {
  return tx
    .selectFrom('document_template')
    .selectAll()
    .where('document_type', '=', type)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** No row when another save took the version meanwhile. */
export function insertTemplate(
  tx: Tx,
  values: {
    municipality_id: string;
    document_type: DocumentType;
    version: number;
    body: string;
    created_by: string;
  },
) {
  return tx
    .insertInto('document_template')
    .values(values)
    .onConflict((oc) => oc.columns(['municipality_id', 'document_type', 'version']).doNothing())
    .returning('version')
    .executeTakeFirst();
}
