import { DECISION_TYPE_LABELS } from '../../core/documents/decision-types.ts';
import type { ActorHandle } from '../actor-db.ts';
import * as dq from './decisions.queries.ts';
import * as lq from './letters.queries.ts';

/**
 * What the documents add to a case's chronology (issue #14 item 5): each written decision, and each
 * document sent — to whom and how. No access check: case work's chronology opened the case.
 */

export interface DocumentEvent {
  on: string;
  kind: 'written_decision' | 'document_sent';
  title: string;
  detail: string | null;
  id: string;
}

const SENT_VIA = {
  digital_post: 'Digital Post',
  letter: 'brev',
  handed_over: 'udleveret på møde',
  email_secure: 'sikker e-mail',
} as const;

export async function documentEvents(h: ActorHandle, caseId: string): Promise<DocumentEvent[]> {
  const out: DocumentEvent[] = [];
  for (const d of await dq.decisionsOfCase(h.tx, caseId)) {
    const waiting = d.status === 'awaiting_signature' ? ' (afventer anden underskrift)' : '';
    out.push({
      on: d.decided_on,
      kind: 'written_decision',
      title: `Afgørelse: ${DECISION_TYPE_LABELS[d.decision_type].toLowerCase()}${waiting}`,
      detail: d.decided.length > 200 ? `${d.decided.slice(0, 199)}…` : d.decided,
      id: d.id,
    });
  }
  for (const doc of await lq.documentsOfCase(h.tx, caseId)) {
    if (!doc.sent_on || !doc.sent_via) continue;
    out.push({
      on: doc.sent_on,
      kind: 'document_sent',
      title: `Sendt: ${doc.title}`,
      detail: `Til ${doc.sent_to ?? 'ukendt'} (${SENT_VIA[doc.sent_via]})`,
      id: doc.id,
    });
  }
  return out;
}
