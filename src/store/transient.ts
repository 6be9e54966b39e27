import { AppError } from '../core/errors.ts';

/**
 * Database failures that are nobody's fault in the request: two transactions deadlocked or could
 * not be serialised (PostgreSQL rolled one back), or the connection went away (a restart, a
 * failover, pg_terminate_backend, the embedded postmaster dying). They end as 503
 * `database_unavailable`, never as a 500, and `runTransaction` runs the transaction again where
 * that is known to be safe.
 */
export type DatabaseFailure = 'conflict' | 'connection' | 'timeout';

/** deadlock_detected, serialization_failure: the transaction was rolled back as a whole. */
const CONFLICT_STATES = new Set(['40P01', '40001']);
/** The server ended the session or cannot take it (shutdown, crash, start-up, no slots left). */
const CONNECTION_STATES = new Set([
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '08P01',
]);
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);
/** node-postgres says these in words only (no code). */
const CONNECTION_MESSAGES = [/^Connection terminated/, /is not queryable/, /^Connection ended unexpectedly/];
/** No connection within the pool's connectionTimeoutMillis: overloaded or unreachable, so never retried. */
const TIMEOUT_MESSAGE = /^timeout exceeded when trying to connect/;

export function databaseFailureOf(error: unknown, depth = 0): DatabaseFailure | undefined {
  if (!(error instanceof Error) || depth > 3) return undefined;
  if (error instanceof AppError) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (CONFLICT_STATES.has(code)) return 'conflict';
    if (CONNECTION_STATES.has(code) || SOCKET_CODES.has(code)) return 'connection';
  }
  if (TIMEOUT_MESSAGE.test(error.message)) return 'timeout';
  if (CONNECTION_MESSAGES.some((m) => m.test(error.message))) return 'connection';
  // Node's happy-eyeballs connect reports every address it tried.
  if (error instanceof AggregateError) {
    for (const inner of error.errors) {
      const failure = databaseFailureOf(inner, depth + 1);
      if (failure) return failure;
    }
  }
  return databaseFailureOf(error.cause, depth + 1);
}

/** 503: the request may be sent again; the cause stays in the server's log. */
export class DatabaseUnavailableError extends AppError {
  readonly failure: DatabaseFailure;
  constructor(failure: DatabaseFailure, cause: unknown) {
    super('database_unavailable');
    this.failure = failure;
    this.cause = cause;
  }
}

export interface RetryPolicy {
  /** Attempts in all after a deadlock or serialisation failure. */
  conflictAttempts: number;
  /** Attempts in all after a lost connection, when the commit had not been sent. */
  connectionAttempts: number;
  /** First pause; it doubles per attempt, with ±50 % jitter so that the losers do not meet again. */
  baseDelayMs: number;
}

export const RETRY: RetryPolicy = { conflictAttempts: 5, connectionAttempts: 3, baseDelayMs: 25 };

const pause = (attempt: number, policy: RetryPolicy) =>
  new Promise((resolve) =>
    setTimeout(resolve, policy.baseDelayMs * 2 ** (attempt - 1) * (0.5 + Math.random())),
  );

/**
 * Runs `transaction` until it commits, at most a few times. `transaction` gets `committing`, to
 * call once its work is done and only the COMMIT remains: a conflict (also at COMMIT) means
 * PostgreSQL rolled everything back, and a connection lost before COMMIT means the server rolled
 * it back, so both are safe to run again; a connection lost during COMMIT leaves the outcome
 * unknown, so that one is never repeated; nor is a wait for a connection that timed out (more
 * attempts would only add to the queue). The work must touch nothing but its transaction.
 */
export async function runWithRetry<T>(
  transaction: (committing: () => void) => Promise<T>,
  policy: RetryPolicy = RETRY,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    let committing = false;
    try {
      return await transaction(() => {
        committing = true;
      });
    } catch (error) {
      const failure = databaseFailureOf(error);
      if (failure === undefined) throw error;
      const attempts =
        failure === 'conflict'
          ? policy.conflictAttempts
          : failure === 'connection' && !committing
            ? policy.connectionAttempts
            : 1;
      if (attempt >= attempts) throw new DatabaseUnavailableError(failure, error);
      await pause(attempt, policy);
    }
  }
}
