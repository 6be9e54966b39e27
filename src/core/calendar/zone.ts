/**
 * Europe/Copenhagen wall-clock arithmetic with the platform's Intl data only (no date library):
 * the deadlines of intake are defined in Copenhagen calendar days, yet stored and compared as
 * instants, so every conversion between the two must be exact across daylight-saving changes.
 */

export const TIME_ZONE = 'Europe/Copenhagen';

/** A calendar date as the municipality counts it, `YYYY-MM-DD`. */
export type CalendarDate = string;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

// One formatter, reused: constructing Intl formatters is far costlier than formatting.
const parts = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClockOf(at: Date): WallClock {
  const out: Record<string, number> = {};
  for (const p of parts.formatToParts(at)) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out as unknown as WallClock;
}

/** Milliseconds Copenhagen is ahead of UTC at `at` (3,600,000 in winter, 7,200,000 in summer). */
export function copenhagenOffsetMs(at: Date): number {
  const w = wallClockOf(at);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  const wholeSeconds = at.getTime() - (((at.getTime() % 1000) + 1000) % 1000);
  return asUtc - wholeSeconds;
}

/** The Copenhagen calendar date of an instant. */
export function copenhagenDateOf(at: Date): CalendarDate {
  const w = wallClockOf(at);
  return formatDate(w.year, w.month, w.day);
}

/** Today's date where the municipality is, whatever the server's or the laptop's time zone. */
export function todayInCopenhagen(now: Date = new Date()): CalendarDate {
  return copenhagenDateOf(now);
}

/**
 * The instant at which Copenhagen's clocks show `date` `hh:mm:ss.mmm`. The offset is looked up
 * twice because the first guess may fall on the other side of a change; a wall time inside the
 * spring-forward gap (02:00–03:00 on the last Sunday of March) is resolved to the later offset.
 * The deadlines only ask for 23:59:59.999, which is never in a gap nor ambiguous.
 */
export function copenhagenInstant(date: CalendarDate, hour = 0, minute = 0, second = 0, ms = 0): Date {
  const [y, m, d] = parseDate(date);
  const naive = Date.UTC(y, m - 1, d, hour, minute, second, ms);
  const first = copenhagenOffsetMs(new Date(naive));
  const second_ = copenhagenOffsetMs(new Date(naive - first));
  return new Date(naive - second_);
}

export function parseDate(date: CalendarDate): [number, number, number] {
  const match = DATE_PATTERN.exec(date);
  if (!match) throw new RangeError(`Ikke en dato (ÅÅÅÅ-MM-DD): ${date}`);
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) {
    throw new RangeError(`Datoen findes ikke: ${date}`);
  }
  return [y, m, d];
}

export function formatDate(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `date` moved by `days` calendar days (UTC arithmetic on the date alone: no clock involved). */
export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  const [y, m, d] = parseDate(date);
  const moved = new Date(Date.UTC(y, m - 1, d + days));
  return formatDate(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}

/** 0 = Sunday … 6 = Saturday, of the calendar date itself. */
export function weekdayOf(date: CalendarDate): number {
  const [y, m, d] = parseDate(date);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** ISO 8601 with Copenhagen's offset at that instant: 2026-03-02T09:00:00.000+01:00. */
export function copenhagenIso(at: Date): string {
  const offset = copenhagenOffsetMs(at);
  const local = new Date(at.getTime() + offset).toISOString().slice(0, 23);
  const hours = Math.floor(Math.abs(offset) / 3_600_000);
  const minutes = Math.floor((Math.abs(offset) % 3_600_000) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  return `${local}${sign}${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
