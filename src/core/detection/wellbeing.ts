/**
 * The wellbeing check (trivselsvurdering): every child of a group rated green, yellow or red in
 * one go. It replaces TOPI (seed 003_*, prøvehandling 3), which took teachers much time and found
 * few children, so it asks for nothing but the colour and, on yellow and red, an optional note.
 */

export const WELLBEING_COLORS = ['green', 'yellow', 'red'] as const;
export type WellbeingColor = (typeof WELLBEING_COLORS)[number];

export const WELLBEING_COLOR_LABELS: Record<WellbeingColor, string> = {
  green: 'Grøn: trives',
  yellow: 'Gul: opmærksomhed',
  red: 'Rød: bekymring',
};

export const MAX_NOTE_LENGTH = 500;

export interface RatingInput {
  childId: string;
  color: WellbeingColor;
  note?: string | undefined;
}

export type BatchProblem =
  | { kind: 'outside_group'; childIds: string[] }
  | { kind: 'duplicate'; childIds: string[] }
  | { kind: 'note_on_green'; childIds: string[] };

/**
 * What is wrong with a batch for a group with these children; empty when it may be stored.
 * A batch need not cover the whole group (a child may be absent that day).
 */
export function batchProblems(
  ratings: readonly RatingInput[],
  groupChildIds: ReadonlySet<string>,
): BatchProblem[] {
  const problems: BatchProblem[] = [];
  const outside = ratings.map((r) => r.childId).filter((id) => !groupChildIds.has(id));
  if (outside.length > 0) problems.push({ kind: 'outside_group', childIds: [...new Set(outside)] });
  const seen = new Set<string>();
  const duplicate = new Set<string>();
  for (const r of ratings) {
    if (seen.has(r.childId)) duplicate.add(r.childId);
    seen.add(r.childId);
  }
  if (duplicate.size > 0) problems.push({ kind: 'duplicate', childIds: [...duplicate] });
  const noted = ratings.filter((r) => r.color === 'green' && r.note !== undefined && r.note.trim() !== '');
  if (noted.length > 0) problems.push({ kind: 'note_on_green', childIds: noted.map((r) => r.childId) });
  return problems;
}

export function describeBatchProblem(problem: BatchProblem): string {
  const n = problem.childIds.length;
  switch (problem.kind) {
    case 'outside_group':
      return n === 1
        ? 'Et af børnene går ikke i gruppen. Intet er gemt.'
        : `${n} af børnene går ikke i gruppen. Intet er gemt.`;
    case 'duplicate':
      return 'Et barn er vurderet mere end én gang i samme runde. Intet er gemt.';
    case 'note_on_green':
      return 'En bemærkning kan kun gives ved gul og rød. Intet er gemt.';
  }
}

/** A stable fingerprint of a batch's content: the same ratings in any order give the same text. */
export function batchFingerprint(groupId: string, ratings: readonly RatingInput[]): string {
  const sorted = [...ratings]
    .map((r) => [r.childId, r.color, r.note?.trim() ?? ''] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return JSON.stringify([groupId, sorted]);
}
