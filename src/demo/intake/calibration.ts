import type { ReportSource } from '../../core/intake/sources.ts';

/** The demo's calibration of intake: volumes from domain.md, who reports when. */
export const REPORTS_PER_CHILD = 1_300 / 13_000;
export const CHILDREN_PER_CHILD = 750 / 13_000;
export const HOUR_MS = 3_600_000;
export const MINUTE_MS = 60_000;

/** A source's weight by the child's age; professional daytime sources report on working days. */
export function sourceWeights(age: number): [ReportSource, number][] {
  return [
    ['school', age >= 6 ? 30 : 0],
    ['daycare', age < 6 ? 40 : 0],
    ['club', age >= 6 && age <= 13 ? 2.5 : 0],
    ['health_visitor', age < 1 ? 30 : age < 6 ? 4 : 0],
    ['doctor', 3],
    ['hospital', age < 1 ? 20 : 6],
    ['psychiatry', age >= 10 ? 4 : 0.5],
    ['dental', 1],
    ['police', age >= 12 ? 22 : 10],
    ['social_services', 5],
    ['other_professional', 4],
    ['parent', 5],
    ['family_or_network', 4],
    ['citizen', 4],
    ['anonymous', 5],
    ['child', age >= 10 ? 2 : 0],
    ['other', 0.5],
  ];
}

/** Sources that report at any hour (police, hospitals, emergency psychiatry). */
export const AROUND_THE_CLOCK = new Set<ReportSource>(['police', 'hospital', 'psychiatry']);
export const CITIZEN_SOURCES = new Set<ReportSource>([
  'parent',
  'family_or_network',
  'citizen',
  'child',
  'other',
]);
export const UNIT_KIND: Partial<Record<ReportSource, string>> = {
  school: 'school',
  daycare: 'daycare',
  club: 'club',
};

export const HOUR_FORMAT = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Copenhagen',
  hour: '2-digit',
  hourCycle: 'h23',
});

export const SCREENING_CLOSES = new Set(['existing_case', 'no_action']);
