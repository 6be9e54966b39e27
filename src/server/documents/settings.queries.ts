import type { Insertable } from 'kysely';
import type { DecisionType } from '../../core/documents/decision-types.ts';
import type { Tx } from '../../store/database.ts';
import type { DecisionTypeSettingTable, DocumentSettingTable } from '../../store/schema-documents.ts';

/** The documents' local rules (decision_type_setting, document_setting; migration 020). */

export function decisionTypeSetting(tx: Tx, type: DecisionType) {
  return tx
    .selectFrom('decision_type_setting')
    .selectAll()
    .where('decision_type', '=', type)
    .executeTakeFirst();
}

export function documentSetting(tx: Tx) {
  return tx.selectFrom('document_setting').selectAll().executeTakeFirst();
}

export function decisionTypeSettings(tx: Tx) {
  return tx.selectFrom('decision_type_setting').selectAll().execute();
}

/** Upserts: the admin's save (document-settings.ts); rows are never deleted (trappen_app may not). */
export function saveDocumentSetting(tx: Tx, values: Insertable<DocumentSettingTable>) {
  const { municipality_id: _m, ...changes } = values;
  return tx
    .insertInto('document_setting')
    .values(values)
    .onConflict((oc) => oc.column('municipality_id').doUpdateSet(changes))
    .execute();
}

export function saveDecisionTypeSetting(tx: Tx, values: Insertable<DecisionTypeSettingTable>) {
  const { municipality_id: _m, decision_type: _t, ...changes } = values;
  return tx
    .insertInto('decision_type_setting')
    .values(values)
    .onConflict((oc) => oc.columns(['municipality_id', 'decision_type']).doUpdateSet(changes))
    .execute();
}
