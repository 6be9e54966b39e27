import { sql } from 'kysely';
import type { Tx } from '../../store/database.ts';

/** The on-call rota (on_call_shift, migration 014). */

/**
 * The user a shift is set or ended for; locked, so two shifts for one user are decided one after
 * the other (no overlap slips in). FOR NO KEY UPDATE, the weakest lock that does that
 * (docs/architecture.md, "Locks and retries"): it leaves the KEY SHARE that every foreign key to
 * the user takes free, so the user's own writes neither wait for it nor deadlock with it.
 */
export function userForUpdate(tx: Tx, userId: string) {
  return tx
    .selectFrom('app_user')
    .select(['id', 'username', 'display_name', 'role', 'active'])
    .where('id', '=', userId)
    .forNoKeyUpdate()
    .executeTakeFirst();
}

/** A shift's end as it stands: ended early, or as planned. */
const endOf = sql<Date>`coalesce(on_call_shift.ended_early_at, on_call_shift.ends_at)`;

/** Whether the user is on call right now (some shift runs). */
export async function isOnCallNow(tx: Tx, userId: string): Promise<boolean> {
  const row = await tx
    .selectFrom('on_call_shift')
    .select(sql<number>`1`.as('one'))
    .where('user_id', '=', userId)
    .where('starts_at', '<=', sql<Date>`now()`)
    .where(endOf, '>', sql<Date>`now()`)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

const SHIFT_COLUMNS = [
  'on_call_shift.id',
  'on_call_shift.user_id',
  'on_call_shift.starts_at',
  'on_call_shift.ends_at',
  'on_call_shift.set_by',
  'on_call_shift.set_at',
  'on_call_shift.ended_early_at',
  'on_call_shift.ended_by',
  'on_call_shift.idempotency_key',
] as const;

/** The user's shifts that have not ended yet (running or to come), in order. */
export function openShiftsOf(tx: Tx, userId: string) {
  return tx
    .selectFrom('on_call_shift')
    .select([...SHIFT_COLUMNS, sql<boolean>`on_call_shift.starts_at <= now()`.as('current')])
    .where('user_id', '=', userId)
    .where(endOf, '>', sql<Date>`now()`)
    .orderBy('starts_at')
    .execute();
}

export type ShiftRow = Awaited<ReturnType<typeof openShiftsOf>>[number];

export function shiftById(tx: Tx, id: string) {
  return tx
    .selectFrom('on_call_shift')
    .select([
      ...SHIFT_COLUMNS,
      sql<boolean>`on_call_shift.starts_at <= now() AND ${endOf} > now()`.as('current'),
      sql<boolean>`${endOf} <= now()`.as('over'),
    ])
    .where('id', '=', id)
    .executeTakeFirst();
}

export type ShiftByKey = NonNullable<Awaited<ReturnType<typeof shiftByKey>>>;

export function shiftByKey(tx: Tx, key: string) {
  return tx
    .selectFrom('on_call_shift')
    .select(['id', 'user_id', 'starts_at', 'ends_at', 'set_by'])
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

/** A shift of the user whose time overlaps [startsAt, endsAt). */
export function overlappingShift(tx: Tx, userId: string, startsAt: Date, endsAt: Date) {
  return tx
    .selectFrom('on_call_shift')
    .select(['id', 'starts_at', 'ends_at', 'ended_early_at'])
    .where('user_id', '=', userId)
    .where('starts_at', '<', endsAt)
    .where(endOf, '>', startsAt)
    .limit(1)
    .executeTakeFirst();
}

export function insertShift(
  tx: Tx,
  s: {
    municipalityId: string;
    userId: string;
    /** undefined: now, by the database's clock (the one `isOnCallNow` compares with) */
    startsAt: Date | undefined;
    endsAt: Date;
    setBy: string;
    idempotencyKey: string | null;
  },
) {
  return tx
    .insertInto('on_call_shift')
    .values({
      municipality_id: s.municipalityId,
      user_id: s.userId,
      starts_at: s.startsAt ?? sql<Date>`now()`,
      ends_at: s.endsAt,
      set_by: s.setBy,
      idempotency_key: s.idempotencyKey,
    })
    .onConflict((oc) => oc.columns(['municipality_id', 'idempotency_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
}

/** Ends the shift now; a shift not begun yet is thereby cancelled (its end lies before its start). */
export async function endShiftNow(tx: Tx, id: string, endedBy: string): Promise<void> {
  await tx
    .updateTable('on_call_shift')
    .set({ ended_early_at: sql<Date>`now()`, ended_by: endedBy })
    .where('id', '=', id)
    .execute();
}

export function userNames(tx: Tx, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('app_user')
    .select(['id', 'username', 'display_name', 'role'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
}
