import type { ChildRow } from '../world/rows.ts';
import type { CaseAssignmentRow } from './rows.ts';

interface ContactCase {
  id: string;
  child_id: string;
  district_id: string;
  caseworker_id: string | null;
  opened_at: string;
  closed_at: string | null;
  version: number;
}

/**
 * The family's one contact person (issue #6): siblings in a household share one — the caseworker
 * of the household's earliest open case — recorded as an assignment by the district's leader
 * when that case opened, as the server's PATCH /api/cases/:id would. Closed cases keep none.
 */
export function familyContacts<Case extends ContactCase>(
  cases: readonly Case[],
  children: readonly ChildRow[],
  leaderOf: (districtId: string) => string,
  newId: () => string,
  municipalityId: string,
): { cases: (Case & { contact_person_id: string | null })[]; assignments: CaseAssignmentRow[] } {
  const household = new Map(children.map((c) => [c.id, c.household_id]));
  const first = new Map<string, Case>();
  for (const c of [...cases].sort((a, b) => a.opened_at.localeCompare(b.opened_at))) {
    const h = household.get(c.child_id);
    if (c.closed_at === null && c.caseworker_id !== null && h && !first.has(h)) first.set(h, c);
  }
  const assignments: CaseAssignmentRow[] = [];
  const updated = cases.map((c) => {
    const h = household.get(c.child_id);
    const contact = c.closed_at === null && h ? (first.get(h)?.caseworker_id ?? null) : null;
    if (contact === null) return { ...c, contact_person_id: null };
    assignments.push({
      municipality_id: municipalityId,
      id: newId(),
      case_id: c.id,
      responsibility: 'contact_person',
      user_id: contact,
      assigned_by: leaderOf(c.district_id),
      assigned_at: c.opened_at,
      reason: 'Familiens faste kontaktperson (søskende deler én).',
    });
    return { ...c, contact_person_id: contact, version: c.version + 1 };
  });
  return { cases: updated, assignments };
}
