import type { Ref } from '../types.ts';
import type { SupervisionCases } from './overview-api.ts';

/** Sums for the supervision page. Pure: tested without a browser. */

export type OverdueCounts = SupervisionCases['caseworkers'][number]['overdue'];

export function overdueTotal(o: OverdueCounts): number {
  return o.assessments + o.plans + o.followUps + o.visits;
}

export interface DistrictRow {
  district: Ref;
  overdue: OverdueCounts;
  quietCases: number;
  unassigned: number;
}

/**
 * The caseworkers' counts summed per district (a caseworker in two districts counts in both, as
 * the page says), plus each district's unassigned cases. Sorted by most overdue, then by name.
 */
export function byDistrict(data: SupervisionCases): DistrictRow[] {
  const rows = new Map<string, DistrictRow>();
  const row = (district: Ref) => {
    let r = rows.get(district.id);
    if (!r) {
      r = {
        district,
        overdue: { assessments: 0, plans: 0, followUps: 0, visits: 0 },
        quietCases: 0,
        unassigned: 0,
      };
      rows.set(district.id, r);
    }
    return r;
  };
  for (const c of data.caseworkers) {
    for (const d of c.districts) {
      const r = row(d);
      r.overdue.assessments += c.overdue.assessments;
      r.overdue.plans += c.overdue.plans;
      r.overdue.followUps += c.overdue.followUps;
      r.overdue.visits += c.overdue.visits;
      r.quietCases += c.quietCases;
    }
  }
  for (const u of data.unassigned) row(u.district).unassigned += 1;
  return [...rows.values()].sort(
    (a, b) =>
      overdueTotal(b.overdue) - overdueTotal(a.overdue) ||
      a.district.name.localeCompare(b.district.name, 'da'),
  );
}
