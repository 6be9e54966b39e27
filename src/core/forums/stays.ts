import type { CalendarDate } from '../calendar/zone.ts';

/**
 * How long a child has been somewhere on the ladder without a break: the first day of the
 * uninterrupted stay in the given measures that covers `on` (a measure runs on [startOn, endedOn),
 * so one ending on the day another starts is one stay), or null when none runs on `on`. The agenda
 * rules count from here: (b) since the stay in specialised offers began, (h) since the child came
 * onto its institutional step. As case work's `placementStartOn`, for any set of measures.
 */
export function stayStartOn(
  spans: readonly { startOn: CalendarDate; endedOn: CalendarDate | null }[],
  on: CalendarDate,
): CalendarDate | null {
  const real = spans.filter((m) => (m.endedOn ?? '9999-12-31') > m.startOn);
  if (!real.some((m) => m.startOn <= on && (m.endedOn === null || m.endedOn > on))) return null;
  let start = on;
  for (let moved = true; moved; ) {
    moved = false;
    for (const m of real) {
      if (m.startOn < start && (m.endedOn === null || m.endedOn >= start)) {
        start = m.startOn;
        moved = true;
      }
    }
  }
  return start;
}
