import { deadlineState, formatTimeLeft } from '../../core/calendar/time-left.ts';
import { copenhagenIso } from '../../core/calendar/zone.ts';
import { maskCpr } from '../../core/cpr.ts';

/** How a report's child and deadlines are shown in answers. */

export interface ChildColumns {
  child_id: string | null;
  provisional_name: string | null;
  provisional_birth_date: string | null;
  provisional_cpr?: string | null;
  first_name: string | null;
  last_name: string | null;
  birth_date: string | null;
}

export function reportChild(r: ChildColumns) {
  if (r.child_id && r.first_name !== null) {
    return {
      id: r.child_id,
      name: `${r.first_name} ${r.last_name ?? ''}`.trim(),
      birthDate: r.birth_date,
      provisional: false,
    };
  }
  const name =
    r.provisional_name ?? (r.provisional_cpr ? `CPR ${maskCpr(r.provisional_cpr)}` : 'Ukendt barn');
  return { id: null, name, birthDate: r.provisional_birth_date, provisional: true };
}

export function deadline(dueAt: Date, now: Date) {
  return {
    dueAt: copenhagenIso(dueAt),
    state: deadlineState(dueAt, now),
    timeLeft: formatTimeLeft(dueAt, now),
  };
}
