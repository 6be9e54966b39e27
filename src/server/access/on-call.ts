import { mayBeOnCall, mayManageOnCall } from '../../core/access/intake-policy.ts';
import type { Role } from '../../core/access/roles.ts';
import {
  ON_CALL_MAX_DAYS,
  type OnCallShiftRequest,
  type OnCallShiftsResponse,
  type OnCallShiftView,
} from '../../core/api/users.ts';
import { copenhagenIso } from '../../core/calendar/zone.ts';
import { AppError } from '../../core/errors.ts';
import { type ActorHandle, DeniedError } from '../actor-db.ts';
import { type Created, type CreateOnce, earlierResult, raceWinner } from '../idempotency.ts';
import * as q from './on-call.queries.ts';

/**
 * The on-call rota (docs/intake.md, "On call"): while a shift runs, a social-services user may
 * screen reports (intake policy `screen: 'on_call'`), so screening works at night and at
 * weekends. An administrator or a leader puts someone else on call for a period and may end it
 * early — never themselves: a right to read every report must not be self-granted. Every change is
 * audited with the shift; every read a shift allows is flagged `onCall` where it is made.
 */

/** A start this much before now is taken as now (clocks differ a little). */
const CLOCK_SKEW_MS = 5 * 60_000;

function requireManager(
  h: ActorHandle,
  event: { action: string; entityType: string; entityId: string | null; details: Record<string, unknown> },
) {
  if (!mayManageOnCall(h.actor.role)) throw new DeniedError(event);
}

async function views(h: ActorHandle, rows: q.ShiftRow[]): Promise<OnCallShiftView[]> {
  const people = await q.userNames(
    h.tx,
    rows.flatMap((r) => [r.user_id, ...(r.set_by ? [r.set_by] : []), ...(r.ended_by ? [r.ended_by] : [])]),
  );
  const byId = new Map(people.map((p) => [p.id, p]));
  const ref = (id: string | null) => (id ? { id, name: byId.get(id)?.display_name ?? '' } : null);
  return rows.map((r) => {
    const u = byId.get(r.user_id);
    // A shift's user is a foreign key of the row: missing, the database itself is broken.
    if (!u) throw new Error(`on-call shift ${r.id} has no user`);
    return {
      id: r.id,
      user: {
        id: r.user_id,
        username: u.username,
        displayName: u.display_name,
        role: u.role as Role,
      },
      startsAt: copenhagenIso(r.starts_at),
      endsAt: copenhagenIso(r.ends_at),
      setBy: ref(r.set_by),
      setAt: copenhagenIso(r.set_at),
      endedEarlyAt: r.ended_early_at ? copenhagenIso(r.ended_early_at) : null,
      endedBy: ref(r.ended_by),
      current: r.current,
    };
  });
}

/** Puts a user on call from `startsAt` (default now) until `endsAt`. */
export async function planShift(
  h: ActorHandle,
  userId: string,
  r: OnCallShiftRequest,
): Promise<Created<OnCallShiftView>> {
  const { tx, actor } = h;
  const attempt = { action: 'on_call_set', entityType: 'user', entityId: userId, details: { ...r } };
  requireManager(h, attempt);
  // The one who may read by the shift must not be the one who grants it.
  if (userId === actor.userId) throw new DeniedError({ ...attempt, details: { ...r, self: true } });
  const user = await q.userForUpdate(tx, userId);
  if (!user?.active) throw new AppError('not_found', 'Brugeren findes ikke.');
  if (!mayBeOnCall(user.role as Role)) {
    throw new AppError(
      'unprocessable',
      'Kun medarbejdere, der screener underretninger på vagt, kan sættes på vagtplanen (Modtagelsen screener altid).',
    );
  }
  const idempotent: CreateOnce<q.ShiftByKey, OnCallShiftView> = {
    key: r.idempotencyKey,
    byKey: (key) => q.shiftByKey(tx, key),
    sameRequest: (earlier) => earlier.user_id === userId && earlier.set_by === actor.userId,
    what: 'en anden vagt',
    view: (earlier) => viewOf(h, earlier.id),
  };
  const earlier = await earlierResult(idempotent);
  if (earlier) return earlier;
  const now = Date.now();
  const startsAt = r.startsAt ? new Date(r.startsAt) : new Date(now);
  const endsAt = new Date(r.endsAt);
  if (startsAt.getTime() < now - CLOCK_SKEW_MS) {
    throw new AppError('unprocessable', 'En vagt kan ikke begynde i fortiden.');
  }
  if (endsAt <= startsAt) throw new AppError('unprocessable', 'Vagten skal slutte efter, at den begynder.');
  if (endsAt.getTime() - startsAt.getTime() > ON_CALL_MAX_DAYS * 86_400_000) {
    throw new AppError('unprocessable', `En vagt kan højst vare ${ON_CALL_MAX_DAYS} dage.`);
  }
  const overlap = await q.overlappingShift(tx, userId, startsAt, endsAt);
  if (overlap) {
    throw new AppError(
      'conflict',
      `Medarbejderen har allerede en vagt i perioden (${copenhagenIso(overlap.starts_at)} – ${copenhagenIso(overlap.ended_early_at ?? overlap.ends_at)}).`,
    );
  }
  const inserted = await q.insertShift(tx, {
    municipalityId: actor.municipalityId,
    userId,
    startsAt: r.startsAt ? startsAt : undefined,
    endsAt,
    setBy: actor.userId,
    idempotencyKey: r.idempotencyKey ?? null,
  });
  // The user's row is locked above, so a retry of the same request waits and finds the key
  // before this; a key taken meanwhile was taken for another user's shift (409).
  if (!inserted) return raceWinner(idempotent);
  await h.audit({
    ...attempt,
    details: {
      shiftId: inserted.id,
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      ...(r.idempotencyKey ? { idempotencyKey: r.idempotencyKey } : {}),
    },
  });
  return { created: true, body: await viewOf(h, inserted.id) };
}

async function viewOf(h: ActorHandle, shiftId: string): Promise<OnCallShiftView> {
  const row = await q.shiftById(h.tx, shiftId);
  if (!row) throw new AppError('not_found', 'Vagten findes ikke.');
  const [view] = await views(h, [row]);
  if (!view) throw new AppError('not_found', 'Vagten findes ikke.');
  return view;
}

/** Ends a shift now (a shift to come is cancelled); ending one already over is 409. */
export async function endShift(h: ActorHandle, shiftId: string): Promise<OnCallShiftView> {
  const { tx, actor } = h;
  const attempt = { action: 'on_call_end', entityType: 'on_call_shift', entityId: shiftId, details: {} };
  requireManager(h, attempt);
  const found = await q.shiftById(tx, shiftId);
  if (!found) throw new AppError('not_found', 'Vagten findes ikke.');
  await q.userForUpdate(tx, found.user_id);
  const shift = await q.shiftById(tx, shiftId);
  if (!shift || shift.over) throw new AppError('conflict', 'Vagten er allerede slut.');
  await q.endShiftNow(tx, shiftId, actor.userId);
  await h.audit({ ...attempt, details: { userId: shift.user_id, wasCurrent: shift.current } });
  return viewOf(h, shiftId);
}

/** The user's running and coming shifts: for those who keep the rota, and for the user. */
export async function shiftsOf(h: ActorHandle, userId: string): Promise<OnCallShiftsResponse> {
  const attempt = { action: 'read', entityType: 'on_call_shift', entityId: null, details: { userId } };
  if (userId !== h.actor.userId) requireManager(h, attempt);
  const rows = await q.openShiftsOf(h.tx, userId);
  await h.audit({ ...attempt, details: { userId, shiftIds: rows.map((r) => r.id) } });
  return { shifts: await views(h, rows) };
}
