import { randomUUID } from 'node:crypto';
import type { JournalEntryRequest, JournalEntryView } from '../../core/api/casework-overview.ts';
import { AppError } from '../../core/errors.ts';
import type { ActorHandle } from '../actor-db.ts';
import { type Created, createOnce } from '../idempotency.ts';
import { openCase, requireOpen } from './case-access.ts';
import * as q from './journal.queries.ts';

/**
 * The case journal (issue #6 point 7): dated entries, append-only. Nothing is edited: a correction
 * is a new entry naming the one it corrects (`correctsId`, an entry of the same case that has no
 * correction yet, so the corrections form one chain). Written with right `networkWrite` (the
 * caseworker and the foster-care consultant of the case), read with `read`.
 */

/** An entry may be dated up to 5 minutes ahead (clock skew), as the table's CHECK allows. */
const FUTURE_SLACK_MS = 5 * 60_000;

export async function listJournal(h: ActorHandle, caseId: string): Promise<JournalEntryView[]> {
  await openCase(h, caseId, 'read', { action: 'read', entityType: 'journal_entry', entityId: null });
  return (await q.caseJournal(h.tx, caseId)).map(q.journalEntryView);
}

/**
 * Adds an entry; `created` false when an earlier request with the same idempotency key made it:
 * the same kind, text, time and corrected entry on the same case.
 */
export async function addJournalEntry(
  h: ActorHandle,
  caseId: string,
  body: JournalEntryRequest,
): Promise<Created<JournalEntryView>> {
  const { tx, actor } = h;
  return createOnce(
    {
      key: body.idempotencyKey,
      byKey: (key) => q.findJournalEntryByKey(tx, key),
      sameRequest: (row) =>
        row.case_id === caseId &&
        row.kind === body.kind &&
        row.text === body.text &&
        row.occurred_at.getTime() === new Date(body.occurredAt).getTime() &&
        row.corrects_id === (body.correctsId ?? null),
      what: 'et andet notat',
      view: q.journalEntryView,
    },
    (id, keyDetails) =>
      openCase(h, caseId, 'networkWrite', {
        action: 'create',
        entityType: 'journal_entry',
        entityId: id,
        details: {
          kind: body.kind,
          ...(body.correctsId ? { correctsId: body.correctsId } : {}),
          ...(keyDetails.retry ? { retry: true } : {}),
        },
      }),
    async (id, { row }) => {
      requireOpen(row);
      const occurredAt = new Date(body.occurredAt);
      if (occurredAt.getTime() > Date.now() + FUTURE_SLACK_MS) {
        throw new AppError('unprocessable', 'Tidspunktet for notatet må ikke ligge i fremtiden.');
      }
      if (body.correctsId) await requireCorrectable(h, caseId, body.correctsId);
      const inserted = await q.insertJournalEntry(tx, {
        municipality_id: actor.municipalityId,
        id,
        case_id: caseId,
        kind: body.kind,
        occurred_at: occurredAt,
        text: body.text,
        corrects_id: body.correctsId ?? null,
        written_by: actor.userId,
        idempotency_key: body.idempotencyKey ?? null,
      });
      if (inserted === undefined) return undefined;
      const entry = await q.findJournalEntry(tx, id);
      if (!entry) throw new Error('journal entry vanished after insert');
      return entry;
    },
  );
}

/** The entry corrected must be of this case and not corrected yet (locked, so two corrections cannot both pass). */
async function requireCorrectable(h: ActorHandle, caseId: string, correctsId: string): Promise<void> {
  await q.lockCorrection(h.tx, correctsId);
  const corrected = await q.findJournalEntry(h.tx, correctsId);
  if (!corrected || corrected.case_id !== caseId) {
    throw new AppError('unprocessable', 'Notatet, der rettes, findes ikke på denne sag.');
  }
  if (corrected.corrected_by_id) {
    throw new AppError('conflict', 'Notatet er allerede rettet. Ret den seneste rettelse i stedet.');
  }
}

/**
 * An entry another area's use case writes on the case's journal in its own transaction — a forum's
 * decision (docs/forums.md "Decisions"), a document sent (docs/documents.md). Its right is that use
 * case's, decided before this (the meeting's chair writes on no case otherwise; the letter's door is
 * case work's). Audited on the case as every entry, with what it records.
 */
export async function addRecordedEntry(
  h: ActorHandle,
  entry: {
    caseId: string;
    childId: string;
    kind: 'decision' | 'note';
    text: string;
    occurredAt?: Date;
    /** what the entry records, for the audit: `{ forumDecisionId }`, `{ documentId }` */
    source: Record<string, string>;
  },
): Promise<void> {
  const { tx, actor } = h;
  const id = randomUUID();
  const inserted = await q.insertJournalEntry(tx, {
    municipality_id: actor.municipalityId,
    id,
    case_id: entry.caseId,
    kind: entry.kind,
    occurred_at: entry.occurredAt ?? new Date(),
    text: entry.text,
    corrects_id: null,
    written_by: actor.userId,
    idempotency_key: null,
  });
  if (!inserted) throw new Error('the recorded journal entry was not stored');
  await h.audit({
    action: 'create',
    entityType: 'journal_entry',
    entityId: id,
    caseId: entry.caseId,
    childId: entry.childId,
    details: { kind: entry.kind, ...entry.source },
  });
}

/** A forum's decision on the case's journal (kind `decision`), written in the forum's transaction. */
export function addForumDecisionEntry(
  h: ActorHandle,
  entry: { caseId: string; childId: string; text: string; forumDecisionId: string },
): Promise<void> {
  return addRecordedEntry(h, {
    caseId: entry.caseId,
    childId: entry.childId,
    kind: 'decision',
    text: entry.text,
    source: { via: 'forum_decision', forumDecisionId: entry.forumDecisionId },
  });
}
