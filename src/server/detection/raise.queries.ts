import { sql } from 'kysely';
import type { SignalRule } from '../../core/detection/settings.ts';
import type { ChildHistory } from '../../core/detection/signal-rules.ts';
import type { Tx } from '../../store/database.ts';

/** What raising signals reads and writes: the children's histories, triggers, signals and their sources. */

export async function loadHistories(
  tx: Tx,
  childIds: readonly string[],
  what: { concerns: boolean; ratings: boolean },
): Promise<Map<string, ChildHistory>> {
  const ids = [...new Set(childIds)];
  const out = new Map<
    string,
    { concerns: ChildHistory['concerns'][number][]; ratings: ChildHistory['ratings'][number][] }
  >(ids.map((id) => [id, { concerns: [], ratings: [] }]));
  if (ids.length === 0) return out;
  const [concerns, ratings] = await Promise.all([
    what.concerns
      ? tx
          .selectFrom('concern')
          .select(['id', 'child_id', 'author_id', 'level', 'created_at'])
          .where('child_id', 'in', ids)
          .execute()
      : Promise.resolve([]),
    what.ratings
      ? tx
          .selectFrom('wellbeing_rating')
          .select(['id', 'child_id', 'color', 'rated_at'])
          .where('child_id', 'in', ids)
          .execute()
      : Promise.resolve([]),
  ]);
  for (const c of concerns) {
    out.get(c.child_id)?.concerns.push({ id: c.id, authorId: c.author_id, level: c.level, at: c.created_at });
  }
  for (const r of ratings) out.get(r.child_id)?.ratings.push({ id: r.id, color: r.color, at: r.rated_at });
  return out;
}

export async function knownTriggerKeys(tx: Tx, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await tx
    .selectFrom('signal_trigger')
    .select('trigger_key')
    .where('trigger_key', 'in', [...keys])
    .execute();
  return new Set(rows.map((r) => r.trigger_key));
}

/** The open signals of these children, by `childId|rule` (at most one each: a unique index). */
export async function openSignals(tx: Tx, childIds: readonly string[]) {
  const rows =
    childIds.length === 0
      ? []
      : await tx
          .selectFrom('signal')
          .select(['id', 'child_id', 'rule', 'status'])
          .where('child_id', 'in', [...childIds])
          .where('status', '<>', 'closed')
          .execute();
  return new Map(rows.map((r) => [`${r.child_id}|${r.rule}`, r]));
}

export interface NewSignal {
  childId: string;
  rule: SignalRule;
  explanation: string;
}

/** Inserts the signals; their ids by `childId|rule`. */
export async function insertSignals(
  tx: Tx,
  municipalityId: string,
  raisedBy: string,
  signals: readonly NewSignal[],
): Promise<Map<string, string>> {
  if (signals.length === 0) return new Map();
  const rows = await tx
    .insertInto('signal')
    .values(
      signals.map((s) => ({
        municipality_id: municipalityId,
        child_id: s.childId,
        rule: s.rule,
        explanation: s.explanation,
        raised_by: raisedBy,
      })),
    )
    .returning(['id', 'child_id', 'rule'])
    .execute();
  return new Map(rows.map((r) => [`${r.child_id}|${r.rule}`, r.id]));
}

export async function touchSignals(tx: Tx, ids: readonly string[]) {
  if (ids.length === 0) return;
  await tx
    .updateTable('signal')
    .set({ last_triggered_at: sql<Date>`now()` })
    .where('id', 'in', [...ids])
    .execute();
}

export async function insertTriggers(
  tx: Tx,
  municipalityId: string,
  triggers: readonly { key: string; signalId: string; explanation: string }[],
) {
  if (triggers.length === 0) return;
  await tx
    .insertInto('signal_trigger')
    .values(
      triggers.map((t) => ({
        municipality_id: municipalityId,
        trigger_key: t.key,
        signal_id: t.signalId,
        explanation: t.explanation,
      })),
    )
    .onConflict((oc) => oc.columns(['municipality_id', 'trigger_key']).doNothing())
    .execute();
}

export async function linkSources(
  tx: Tx,
  municipalityId: string,
  links: readonly { signalId: string; concernIds: readonly string[]; ratingIds: readonly string[] }[],
) {
  const concerns = links.flatMap((l) =>
    l.concernIds.map((id) => ({ municipality_id: municipalityId, signal_id: l.signalId, concern_id: id })),
  );
  const ratings = links.flatMap((l) =>
    l.ratingIds.map((id) => ({ municipality_id: municipalityId, signal_id: l.signalId, rating_id: id })),
  );
  if (concerns.length > 0) {
    await tx
      .insertInto('signal_concern')
      .values(concerns)
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  if (ratings.length > 0) {
    await tx
      .insertInto('signal_rating')
      .values(ratings)
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}

/** Concerns joining a signal someone already works on are being handled (not locked: nobody acted on them yet). */
export async function markInProgress(tx: Tx, concernIds: readonly string[]) {
  if (concernIds.length === 0) return;
  await tx
    .updateTable('concern')
    .set({ status: 'in_progress' })
    .where('id', 'in', [...concernIds])
    .where('status', '=', 'received')
    .execute();
}
