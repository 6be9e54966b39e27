/** How a person stands to a child. */
export type Relation =
  | 'mother'
  | 'father'
  | 'parent'
  | 'step_parent'
  | 'grandparent'
  | 'sibling_adult'
  | 'aunt_uncle'
  | 'other_relative'
  | 'friend_of_family'
  | 'neighbour'
  | 'professional'
  | 'other';

export const RELATION_LABELS: Record<Relation, string> = {
  mother: 'Mor',
  father: 'Far',
  parent: 'Forælder',
  step_parent: 'Papforælder',
  grandparent: 'Bedsteforælder',
  sibling_adult: 'Voksen søskende',
  aunt_uncle: 'Moster, faster, morbror eller farbror',
  other_relative: 'Anden slægtning',
  friend_of_family: 'Ven af familien',
  neighbour: 'Nabo',
  professional: 'Fagperson',
  other: 'Andet',
};

// The one today lives in the calendar; the server's use cases still import it from here.

/** Whole years on `today` (both YYYY-MM-DD); a 29 February child turns a year older on 1 March. */
export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  const hadBirthday = tm > bm || (tm === bm && td >= bd);
  return ty - by - (hadBirthday ? 0 : 1);
}
