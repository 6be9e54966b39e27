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
 * A forum's decision on the case's journal (kind `decision`, docs/forums.md "Decisions"), written in
 * the forum's transaction. Its right is the forum's, decided by the forum's use case before this
 * (forums-policy.ts `mayActOnMeeting`: the meeting's chair), not the case's: the chair of a
 * municipality-wide committee writes on no case otherwise. Audited on the case as every entry.
 */
export async function addForumDecisionEntry(
  h: ActorHandle,
  entry: { caseId: string; childId: string; text: string; forumDecisionId: string },
): Promise<void> {
  const { tx, actor } = h;
  const id = randomUUID();
  const inserted = await q.insertJournalEntry(tx, {
    municipality_id: actor.municipalityId,
    id,
    case_id: entry.caseId,
    kind: 'decision',
    occurred_at: new Date(),
    text: entry.text,
    corrects_id: null,
    written_by: actor.userId,
    idempotency_key: null,
  });
  if (!inserted) throw new Error('the forum decision’s journal entry was not stored');
  await h.audit({
    action: 'create',
    entityType: 'journal_entry',
    entityId: id,
    caseId: entry.caseId,
    childId: entry.childId,
    details: { kind: 'decision', via: 'forum_decision', forumDecisionId: entry.forumDecisionId },
  });
}
