import { sql } from 'kysely';
import type { JournalEntryView } from '../../core/api/casework-overview.ts';
import { copenhagenIso } from '../../core/calendar/zone.ts';
import type { Tx } from '../../store/database.ts';
import type { JournalKind } from '../../store/schema-casework.ts';

/** The case journal's rows (journal_entry, migration 007): append-only, so only SELECT and INSERT. */

function entries(tx: Tx) {
  return tx
    .selectFrom('journal_entry as j')
    .innerJoin('app_user as u', 'u.id', 'j.written_by')
    .select([
      'j.id',
      'j.case_id',
      'j.kind',
      'j.occurred_at',
      'j.text',
      'j.corrects_id',
      'j.written_at',
      'j.idempotency_key',
      'u.id as writer_id',
      'u.display_name as writer_name',
    ])
    .select((eb) =>
      // The latest correction (a chain has one per entry; the latest wins should two ever exist).
      eb
        .selectFrom('journal_entry as c')
        .select('c.id')
        .whereRef('c.corrects_id', '=', 'j.id')
        .orderBy('c.written_at', 'desc')
        .limit(1)
        .as('corrected_by_id'),
    );
}

export type JournalRow = Awaited<ReturnType<typeof findJournalEntry>> & {};

export function findJournalEntry(tx: Tx, id: string) {
  return entries(tx).where('j.id', '=', id).executeTakeFirst();
}

export function findJournalEntryByKey(tx: Tx, key: string) {
  return entries(tx).where('j.idempotency_key', '=', key).executeTakeFirst();
}

/** Newest first: by when it happened, then by when it was written. */
export function caseJournal(tx: Tx, caseId: string) {
  return entries(tx)
    .where('j.case_id', '=', caseId)
    .orderBy('j.occurred_at', 'desc')
    .orderBy('j.written_at', 'desc')
    .orderBy('j.id')
    .execute();
}

/**
 * Inserts the entry unless its idempotency key is taken (a retry, possibly running at the same
 * time: ON CONFLICT waits for the other transaction and then inserts nothing). Undefined = taken.
 */
export async function insertJournalEntry(
  tx: Tx,
  values: {
    municipality_id: string;
    id: string;
    case_id: string;
    kind: JournalKind;
    occurred_at: Date;
    text: string;
    corrects_id: string | null;
    written_by: string;
    idempotency_key: string | null;
  },
): Promise<string | undefined> {
  const row = await tx
    .insertInto('journal_entry')
    .values(values)
    .onConflict((oc) => oc.columns(['municipality_id', 'idempotency_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/** Serialises corrections of one entry, so two at once cannot both become its correction. */
export async function lockCorrection(tx: Tx, correctsId: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`journal-correction:${correctsId}`}, 0))`.execute(
    tx,
  );
}

export function journalEntryView(r: JournalRow): JournalEntryView {
  return {
    id: r.id,
    kind: r.kind,
    occurredAt: copenhagenIso(r.occurred_at),
    text: r.text,
    writtenBy: { id: r.writer_id, name: r.writer_name },
    writtenAt: copenhagenIso(r.written_at),
    correctsId: r.corrects_id,
    correctedById: r.corrected_by_id ?? null,
  };
}
