import { DECISION_TYPE_LABELS } from '../../core/documents/decision-types.ts';
import type { DocumentType, MergeValues } from '../../core/documents/templates.ts';
import type { SentVia } from '../../store/schema-documents.ts';
import { decisionValues, renderDemoLetter } from './letters.ts';
import type { DocumentsContext, World } from './lookup.ts';

/**
 * Finalised letters in the cases' archives: each rendered from the default template with the case's
 * values, finalised by its writer within the hour, and — for most — recorded as sent.
 */

export interface Letter {
  caseId: string;
  type: DocumentType;
  title: string;
  values: MergeValues;
  decisionId: string | null;
  writer: string;
  /** ISO instant the draft was written */
  writtenAt: string;
  sent: { to: string; via: SentVia; on: string } | null;
}

const plusMinutes = (iso: string, minutes: number) =>
  new Date(new Date(iso).getTime() + minutes * 60_000).toISOString();

export function writeLetter(ctx: DocumentsContext, l: Letter): void {
  const createdAt = plusMinutes(l.writtenAt, 20);
  const finalisedAt = plusMinutes(createdAt, ctx.random.int(10, 50));
  ctx.out.case_document.push({
    municipality_id: ctx.municipalityId,
    id: ctx.uuid(),
    case_id: l.caseId,
    document_type: l.type,
    origin: 'generated',
    title: l.title,
    body: renderDemoLetter(l.type, l.values),
    decision_id: l.decisionId,
    status: 'final',
    finalised_at: finalisedAt,
    finalised_by: l.writer,
    sent_to: l.sent?.to ?? null,
    sent_via: l.sent?.via ?? null,
    sent_on: l.sent?.on ?? null,
    created_by: l.writer,
    created_at: createdAt,
    updated_at: finalisedAt,
    idempotency_key: ctx.key('letter'),
    request_hash: 'demo',
  });
}

/** The newest decisions' letters to the child's parent: most sent by Digital Post, some by letter. */
export function writeDecisionLetters(ctx: DocumentsContext, world: World, count: number): void {
  const { random } = ctx;
  const newest = [...ctx.out.case_decision].sort(
    (a, b) => b.decided_on.localeCompare(a.decided_on) || a.id.localeCompare(b.id),
  );
  let written = 0;
  for (const d of newest) {
    if (written >= count) break;
    const people = world.letterPeople(d.case_id, d.decided_on, d.decided_by);
    if (!people) continue;
    // The newest two wait for the caseworker to record how they went out.
    const sent = written >= 2;
    writeLetter(ctx, {
      caseId: d.case_id,
      type: 'decision',
      title: `${DECISION_TYPE_LABELS[d.decision_type]} – ${people.child.name}`,
      values: decisionValues(people, d),
      decisionId: d.id,
      writer: d.decided_by,
      writtenAt: d.created_at,
      sent: sent
        ? {
            to: people.recipient.name,
            via: random.chance(0.75) ? 'digital_post' : 'letter',
            on: d.decided_on,
          }
        : null,
    });
    written += 1;
  }
}
