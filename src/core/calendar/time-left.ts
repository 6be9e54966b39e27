/**
 * "Time left" in Danish for queues and supervision pages. Kept in core so the server's answers,
 * the web page and printed minutes all say the same thing.
 */

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** Under 48 hours a deadline is counted in hours: the 24-hour screening lives in that range. */
const HOURS_UP_TO_MS = 48 * HOUR_MS;

export type DeadlineState = 'overdue' | 'due_soon' | 'on_track';

/** Within this much of its deadline an item is `due_soon` (the supervision page's window). */
export const DUE_SOON_MS = 24 * HOUR_MS;

export function deadlineState(dueAt: Date, now: Date): DeadlineState {
  const left = dueAt.getTime() - now.getTime();
  if (left < 0) return 'overdue';
  return left <= DUE_SOON_MS ? 'due_soon' : 'on_track';
}

function amount(ms: number): string {
  if (ms < HOUR_MS) return `${Math.floor(ms / MINUTE_MS)} min`;
  if (ms < HOURS_UP_TO_MS) return `${Math.floor(ms / HOUR_MS)} t`;
  const days = Math.floor(ms / DAY_MS);
  return days === 1 ? '1 dag' : `${days} dage`;
}

/**
 * "om 3 t", "om 45 min", "om 4 dage"; past the deadline "2 dage over fristen", "5 t over fristen".
 * Amounts are rounded down, so "om 0 min" is the last minute and "0 min over fristen" the first
 * minute late: the text never claims more time than is left.
 */
export function formatTimeLeft(dueAt: Date, now: Date): string {
  const left = dueAt.getTime() - now.getTime();
  return left >= 0 ? `om ${amount(left)}` : `${amount(-left)} over fristen`;
}
