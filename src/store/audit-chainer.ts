import { linkPending, pendingMunicipalities } from './audit-chain.ts';
import type { AuditChainSettings } from './audit-key.ts';
import type { Db } from './database.ts';

/**
 * The in-process chainer. A request pokes it after its transaction committed; pokes for one
 * municipality coalesce: a run starts a moment after the first poke (COALESCE_MS), one run at a
 * time per municipality in this process, and the pokes during a run make one more run after it.
 * Under load a run so links many events at once instead of a run per request. Across processes
 * the chain lock of linkPending keeps the runs in order. A periodic sweep, and one at start, links
 * whatever is still pending: events of another process that died, of a command-line tool, or of a
 * run that failed.
 */
export interface AuditChainer {
  poke(municipalityId: string): void;
  /** Links every municipality with pending events. */
  sweep(): Promise<void>;
  /** Resolves when no run is in progress (tests, shutdown). */
  idle(): Promise<void>;
  /** Stops the sweep and, after a final run for every municipality it linked, resolves. */
  stop(): Promise<void>;
}

export interface ChainerOptions {
  /** Milliseconds between sweeps; 0: no sweep at all (tests, which link their own municipality). */
  sweepMs: number;
  /** Milliseconds a run waits after the poke that started it, gathering the pokes behind it. */
  coalesceMs?: number;
  onError: (error: unknown) => void;
}

/** Short enough that the chain trails the requests by a blink, long enough to gather a burst. */
const COALESCE_MS = 50;

export function startAuditChainer(
  db: Db,
  settings: AuditChainSettings,
  options: ChainerOptions,
): AuditChainer {
  const runs = new Map<string, Promise<void>>();
  const again = new Set<string>();
  const known = new Set<string>();
  let stopped = false;
  let coalesceMs = options.coalesceMs ?? COALESCE_MS;

  async function run(municipalityId: string): Promise<void> {
    for (;;) {
      if (coalesceMs > 0) await new Promise((resolve) => setTimeout(resolve, coalesceMs));
      again.delete(municipalityId);
      try {
        await linkPending(db, municipalityId, settings);
      } catch (error) {
        // The markers are still there: the next poke or sweep links them.
        options.onError(error);
        runs.delete(municipalityId);
        return;
      }
      // Checked and cleared in one turn: a poke after this starts a new run.
      if (!again.has(municipalityId)) {
        runs.delete(municipalityId);
        return;
      }
    }
  }

  function poke(municipalityId: string) {
    known.add(municipalityId);
    if (runs.has(municipalityId)) {
      again.add(municipalityId);
      return;
    }
    runs.set(municipalityId, run(municipalityId));
  }

  async function sweep() {
    try {
      for (const id of await pendingMunicipalities(db)) poke(id);
    } catch (error) {
      options.onError(error);
    }
  }

  async function idle() {
    while (runs.size > 0) await Promise.all(runs.values());
  }

  const timer = options.sweepMs > 0 ? setInterval(() => void sweep(), options.sweepMs) : undefined;
  timer?.unref();
  if (options.sweepMs > 0) void sweep();

  return {
    poke(municipalityId) {
      if (!stopped) poke(municipalityId);
    },
    sweep,
    idle,
    async stop() {
      if (stopped) return idle();
      stopped = true;
      clearInterval(timer);
      coalesceMs = 0;
      await idle();
      // The final run: events committed since the last run of each municipality this process saw.
      for (const id of known) poke(id);
      await idle();
    },
  };
}

const chainers = new WeakMap<Db, AuditChainer>();

/**
 * The chainer serving the requests of a pool. A registry rather than a parameter, so the
 * many `withActor(deps.db, …)` call sites need not change; a pool without one (a command-line
 * tool, a test's own pool) leaves its events to the sweep of a running server.
 */
export function registerAuditChainer(db: Db, chainer: AuditChainer | undefined): void {
  if (chainer) chainers.set(db, chainer);
  else chainers.delete(db);
}

/** After a commit that appended audit events of the municipality. */
export function pokeAuditChainer(db: Db, municipalityId: string): void {
  chainers.get(db)?.poke(municipalityId);
}
