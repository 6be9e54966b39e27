import { type ExpressionBuilder, sql } from 'kysely';
import type { Outcome, SignalStatus } from '../../core/detection/queue.ts';
import type { Tx } from '../../store/database.ts';
import type { Database } from '../../store/schema.ts';
import { tenantJoin } from '../../store/tenant-join.ts';

/** Signals as the queue, the signal page and the child's record read them, and their steps. */

function summaryQuery(tx: Tx) {
  return tx
    .selectFrom('signal')
    .innerJoin('child', (j) => tenantJoin(j, 'child.id', 'signal.child_id'))
    .innerJoin('district', (j) => tenantJoin(j, 'district.id', 'child.district_id'))
    .leftJoin('offer', (j) => tenantJoin(j, 'offer.id', 'signal.offer_id'))
    .selectAll('signal')
    .select([
      'child.first_name',
      'child.last_name',
      'child.birth_date',
      'child.district_id',
      'district.name as district_name',
      'offer.name as offer_name',
    ])
    .select((eb) => [
      eb
        .selectFrom('signal_concern')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('signal_concern.signal_id', '=', 'signal.id')
        .as('concern_count'),
      eb
        .selectFrom('signal_rating')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('signal_rating.signal_id', '=', 'signal.id')
        .as('rating_count'),
      eb
        .exists(
          eb
            .selectFrom('preventive_follow')
            .select(sql`1`.as('one'))
            .whereRef('preventive_follow.child_id', '=', 'signal.child_id')
            .where('preventive_follow.ended_at', 'is', null),
        )
        .as('followed'),
    ]);
}

export type SignalRow = NonNullable<Awaited<ReturnType<typeof findSignal>>>;

export function findSignal(tx: Tx, id: string) {
  return summaryQuery(tx).where('signal.id', '=', id).executeTakeFirst();
}

export type QueueFilter = 'open' | 'closed' | 'all';

/** The queue of some districts: open signals oldest first (first in, first seen), then the closed. */
export function signalsInDistricts(tx: Tx, districtIds: readonly string[], filter: QueueFilter, limit = 500) {
  let query = summaryQuery(tx).where('child.district_id', 'in', [...districtIds]);
  if (filter === 'open') query = query.where('signal.status', '<>', 'closed');
  if (filter === 'closed') query = query.where('signal.status', '=', 'closed');
  return query
    .orderBy(sql`signal.status = 'closed'`)
    .orderBy(
      sql`CASE WHEN signal.status = 'closed' THEN -extract(epoch FROM signal.closed_at) ELSE extract(epoch FROM signal.raised_at) END`,
    )
    .orderBy('signal.id')
    .limit(limit)
    .execute();
}

export function signalsOfChild(tx: Tx, childId: string) {
  return summaryQuery(tx)
    .where('signal.child_id', '=', childId)
    .orderBy('signal.raised_at', 'desc')
    .execute();
}

export function triggersOf(tx: Tx, signalId: string) {
  return tx
    .selectFrom('signal_trigger')
    .select(['explanation', 'created_at'])
    .where('signal_id', '=', signalId)
    .orderBy('created_at')
    .orderBy('trigger_key')
    .execute();
}

export function concernsOfSignal(tx: Tx, signalId: string) {
  return tx
    .selectFrom('signal_concern')
    .innerJoin('concern', (j) => tenantJoin(j, 'concern.id', 'signal_concern.concern_id'))
    .innerJoin('app_user', (j) => tenantJoin(j, 'app_user.id', 'concern.author_id'))
    .leftJoin('unit', (j) => tenantJoin(j, 'unit.id', 'concern.unit_id'))
    .select([
      'concern.id',
      'concern.level',
      'concern.created_at',
      'app_user.id as author_id',
      'app_user.display_name as author_name',
      'app_user.title as author_title',
      'app_user.phone as author_phone',
      'unit.id as unit_id',
      'unit.name as unit_name',
      'unit.kind as unit_kind',
    ])
    .where('signal_concern.signal_id', '=', signalId)
    .orderBy('concern.created_at')
    .execute();
}

/** Ratings with their group and rater; of one signal, or of one child. */
export function ratingsWhere(tx: Tx, by: { signalId: string } | { childId: string }) {
  let query = tx
    .selectFrom('wellbeing_rating')
    .innerJoin('wellbeing_round', (j) => tenantJoin(j, 'wellbeing_round.id', 'wellbeing_rating.round_id'))
    .innerJoin('group', (j) => tenantJoin(j, 'group.id', 'wellbeing_rating.group_id'))
    .innerJoin('app_user', (j) => tenantJoin(j, 'app_user.id', 'wellbeing_round.rated_by'))
    .select([
      'wellbeing_rating.id',
      'wellbeing_rating.color',
      'wellbeing_rating.note',
      'wellbeing_rating.rated_at',
      'wellbeing_round.rated_on',
      'group.id as group_id',
      'group.name as group_name',
      'app_user.id as rater_id',
      'app_user.display_name as rater_name',
      'app_user.title as rater_title',
    ]);
  if ('signalId' in by) {
    query = query.where('wellbeing_rating.id', 'in', (eb) =>
      eb
        .selectFrom('signal_rating')
        .select('signal_rating.rating_id')
        .where('signal_rating.signal_id', '=', by.signalId),
    );
  } else {
    query = query.where('wellbeing_rating.child_id', '=', by.childId);
  }
  return query.orderBy('wellbeing_rating.rated_at', 'desc').limit(200).execute();
}

export type RatingRow = Awaited<ReturnType<typeof ratingsWhere>>[number];

export function actionsOf(tx: Tx, signalId: string) {
  return tx
    .selectFrom('signal_action')
    .innerJoin('app_user', (j) => tenantJoin(j, 'app_user.id', 'signal_action.actor_id'))
    .leftJoin('offer', (j) => tenantJoin(j, 'offer.id', 'signal_action.offer_id'))
    .select([
      'signal_action.id',
      'signal_action.kind',
      'signal_action.at',
      'signal_action.on_date',
      'signal_action.note',
      'signal_action.outcome',
      'signal_action.offer_id',
      'offer.name as offer_name',
      'app_user.id as user_id',
      'app_user.display_name',
      'app_user.title',
    ])
    .where('signal_action.signal_id', '=', signalId)
    .orderBy('signal_action.at')
    .orderBy('signal_action.id')
    .execute();
}

export interface NewAction {
  municipalityId: string;
  signalId: string;
  kind: 'acknowledge' | 'contact' | 'outcome';
  actorId: string;
  date: string;
  note: string | null;
  outcome: Outcome | null;
  offerId: string | null;
}

export async function insertAction(tx: Tx, a: NewAction) {
  await tx
    .insertInto('signal_action')
    .values({
      municipality_id: a.municipalityId,
      signal_id: a.signalId,
      kind: a.kind,
      actor_id: a.actorId,
      on_date: a.date,
      note: a.note,
      outcome: a.outcome,
      offer_id: a.offerId,
    })
    .execute();
}

/** The signal's new state; each date is kept from the first time it was set (F3 measures from those). */
export async function advanceSignal(tx: Tx, id: string, status: SignalStatus, a: NewAction) {
  await tx
    .updateTable('signal')
    .set({
      status,
      acknowledged_at: sql<Date>`coalesce(acknowledged_at, now())`,
      ...(a.kind === 'contact'
        ? { first_contact_on: sql<string>`least(first_contact_on, ${a.date}::date)` }
        : {}),
      ...(a.kind === 'outcome'
        ? { outcome: a.outcome, outcome_on: a.date, offer_id: a.offerId, closed_at: sql<Date>`now()` }
        : {}),
    })
    .where('id', '=', id)
    .execute();
}

/**
 * Acting on a signal locks its concerns (their authors then append corrections) and shows them
 * as being handled; closing it closes those concerns that no other open signal still holds.
 */
export async function updateConcernsOfSignal(tx: Tx, signalId: string, closing: boolean) {
  const ofSignal = (eb: ExpressionBuilder<Database, 'concern'>) =>
    eb(
      'concern.id',
      'in',
      eb.selectFrom('signal_concern').select('concern_id').where('signal_id', '=', signalId),
    );
  await tx
    .updateTable('concern')
    .set({ locked_at: sql<Date>`coalesce(locked_at, now())` })
    .where(ofSignal)
    .execute();
  await tx
    .updateTable('concern')
    .set({ status: 'in_progress' })
    .where(ofSignal)
    .where('status', '=', 'received')
    .execute();
  if (!closing) return;
  await tx
    .updateTable('concern')
    .set({ status: 'closed', closed_at: sql<Date>`now()` })
    .where(ofSignal)
    .where('status', '<>', 'closed')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('signal_concern as other')
            .innerJoin('signal', (j) => tenantJoin(j, 'signal.id', 'other.signal_id'))
            .select(sql`1`.as('one'))
            .whereRef('other.concern_id', '=', 'concern.id')
            .where('other.signal_id', '<>', signalId)
            .where('signal.status', '<>', 'closed'),
        ),
      ),
    )
    .execute();
}
