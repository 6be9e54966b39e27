import { sql } from 'kysely';
import type { Tx } from '../../store/database.ts';

/**
 * Every detection write about a child holds that child's lock until commit: signal rules read
 * the child's history and then write, so two concerns arriving together must not both miss
 * (or both raise) a signal. Locks are taken in one order (sorted ids) so that two batches
 * sharing children cannot deadlock, and always before the audit row (whose per-municipality
 * lock is taken last), so the two kinds of lock are never waited for in opposite orders.
 */
export async function lockChildren(
  tx: Tx,
  municipalityId: string,
  childIds: readonly string[],
): Promise<void> {
  const ids = [...new Set(childIds)].sort();
  if (ids.length === 0) return;
  await sql`SELECT pg_advisory_xact_lock(hashtextextended('detection:' || ${municipalityId}::text || ':' || id, 0))
    FROM unnest(${ids}::text[]) WITH ORDINALITY AS t(id, n) ORDER BY n`.execute(tx);
}
