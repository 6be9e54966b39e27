import { ageOn } from '../../core/people.ts';
import type { Random } from '../random.ts';
import type { ChildRow } from '../world/rows.ts';
import { CHILDREN_PER_CHILD, REPORTS_PER_CHILD } from './calibration.ts';
import type { IntakeBase } from './rows.ts';

/** The child of each report of the year, in no particular order. */
export function reportSubjects(
  rows: IntakeBase,
  today: string,
  firstDay: string,
  random: Random,
): ChildRow[] {
  // The children reported about: more where the socio-economic index is low, more with a case.
  const index = new Map(rows.district.map((d) => [d.id, d.socio_economic_index]));
  const foundationCase = new Map(rows.cases.map((c) => [c.child_id, c]));
  const minors = rows.child.filter((c) => ageOn(c.birth_date, today) < 18 && c.birth_date < firstDay);
  const childCount = Math.round(rows.child.length * CHILDREN_PER_CHILD);
  const reportCount = Math.round(rows.child.length * REPORTS_PER_CHILD);
  const weightOf = (c: ChildRow) =>
    (200 - (index.get(c.district_id) ?? 100)) * (foundationCase.has(c.id) ? 6 : 1);
  // Weighted sampling without replacement (Efraimidis–Spirakis: the largest u^(1/w) win), so each
  // district gets reports in proportion to its weight. Ranking by w·u instead would hand almost
  // every report to the children with the largest weights and leave whole districts without any.
  const reported = minors
    .map((c) => ({ c, w: random.float() ** (1 / weightOf(c)) }))
    .sort((a, b) => b.w - a.w)
    .slice(0, childCount)
    .map((x) => x.c);
  // Every chosen child once; the rest again, mostly the first fifth (repeated reports get linked).
  const subjects: ChildRow[] = [...reported];
  const repeaters = reported.slice(0, Math.max(1, Math.round(reported.length / 5)));
  while (subjects.length < reportCount) {
    subjects.push(random.chance(0.7) ? random.pick(repeaters) : random.pick(reported));
  }
  return subjects;
}
