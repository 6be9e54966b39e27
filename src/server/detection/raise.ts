import type { DetectionSettings } from '../../core/detection/settings.ts';
import { evaluateSignals, type SignalCandidate, type Trigger } from '../../core/detection/signal-rules.ts';
import type { ActorHandle } from '../actor-db.ts';
import * as q from './raise.queries.ts';

/**
 * Raises the signals that new or changed concerns and ratings trigger. The caller holds the
 * children's locks (locks.ts). Each candidate of the rules (core/detection/signal-rules.ts) is
 * stored once by its trigger key; a trigger whose rule already has an open signal for the child
 * joins that signal (one queue item per child and rule while it is open) instead of a new one.
 * A fixed number of statements whatever the number of signals, so a class's round stays fast.
 * Returns what it raised or joined, for the caller's audit row (the write that triggered it).
 */
export interface RaisedSignal {
  id: string;
  rule: string;
  childId: string;
  trigger: string;
  /** true: joined the open signal of its rule; false: a new signal */
  joined: boolean;
}

export async function raiseSignals(
  h: ActorHandle,
  triggers: ReadonlyMap<string, readonly Trigger[]>,
  settings: DetectionSettings,
): Promise<RaisedSignal[]> {
  const { tx, actor } = h;
  const m = actor.municipalityId;
  const all = [...triggers.values()].flat();
  if (all.length === 0) return [];
  const histories = await q.loadHistories(tx, [...triggers.keys()], {
    concerns: all.some((t) => t.kind === 'concern'),
    ratings: all.some((t) => t.kind === 'rating'),
  });
  const candidates = [...triggers].flatMap(([childId, ts]) => {
    const history = histories.get(childId);
    return history ? evaluateSignals(history, settings.rules, ts).map((c) => ({ ...c, childId })) : [];
  });
  const known = await q.knownTriggerKeys(
    tx,
    candidates.map((c) => c.triggerKey),
  );
  const fresh = candidates.filter((c) => !known.has(c.triggerKey));
  if (fresh.length === 0) return [];

  const slot = (c: { childId: string; rule: string }) => `${c.childId}|${c.rule}`;
  const open = await q.openSignals(tx, [...new Set(fresh.map((c) => c.childId))]);
  // The first candidate of a child and rule without an open signal raises one; the rest join it.
  const toRaise = new Map<string, SignalCandidate & { childId: string }>();
  for (const c of fresh) if (!open.has(slot(c)) && !toRaise.has(slot(c))) toRaise.set(slot(c), c);
  const raised = await q.insertSignals(tx, m, actor.userId, [...toRaise.values()]);
  const signalOf = (c: { childId: string; rule: string }) =>
    (open.get(slot(c))?.id ?? raised.get(slot(c))) as string;

  const joined = fresh.filter((c) => open.has(slot(c)));
  await q.touchSignals(tx, [...new Set(joined.map(signalOf))]);
  // Concerns joining a signal someone already works on are being handled from now on.
  await q.markInProgress(
    tx,
    joined.filter((c) => open.get(slot(c))?.status !== 'new').flatMap((c) => c.concernIds),
  );
  await q.insertTriggers(
    tx,
    m,
    fresh.map((c) => ({ key: c.triggerKey, signalId: signalOf(c), explanation: c.explanation })),
  );
  await q.linkSources(
    tx,
    m,
    fresh.map((c) => ({ signalId: signalOf(c), concernIds: c.concernIds, ratingIds: c.ratingIds })),
  );
  return fresh.map((c) => ({
    id: signalOf(c),
    rule: c.rule,
    childId: c.childId,
    trigger: c.triggerKey,
    joined: open.has(slot(c)),
  }));
}
