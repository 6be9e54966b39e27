import type { DecisionType } from '../../core/documents/decision-types.ts';
import type { Tx } from '../../store/database.ts';

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
