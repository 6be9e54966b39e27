import { CATEGORY_LABELS, type Category, type Ladder, type Track } from './types.ts';

/**
 * The rules for changing a municipality's ladder. An admin sends the whole ladder in order; a
 * step with an id keeps its identity (renamed or moved), a step without one is new, and a step
 * of the current ladder that is left out is retired. Each accepted change becomes a new ladder
 * version; an unchanged ladder makes none, so saving twice is harmless.
 */

export const MAX_STEPS = 20;
export const MAX_STEP_NAME = 200;

export interface RequestedStep {
  /** an existing step's id; omitted for a new step */
  id?: string | undefined;
  name: string;
  category: Category;
  track: Track;
}

export interface PlannedStep {
  /** null: a new step, given an id when it is stored */
  id: string | null;
  position: number;
  name: string;
  category: Category;
  track: Track;
}

export type LadderPlan =
  | { ok: true; changed: boolean; steps: PlannedStep[]; retiredStepIds: string[] }
  | { ok: false; errors: string[] };

/** Names compare without regard to case or spacing: "PMTO" and " pmto" are the same step. */
export function stepNameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('da');
}

export function planLadderChange(current: Ladder, requested: readonly RequestedStep[]): LadderPlan {
  const errors: string[] = [];
  if (requested.length < 1) errors.push('Indsatstrappen skal have mindst ét trin.');
  if (requested.length > MAX_STEPS) errors.push(`Indsatstrappen må højst have ${MAX_STEPS} trin.`);

  const currentIds = new Set(current.steps.map((s) => s.id));
  const seenIds = new Set<string>();
  const seenNames = new Map<string, number>();
  const steps: PlannedStep[] = requested.map((r, index) => {
    const position = index + 1;
    const name = r.name.trim().replace(/\s+/g, ' ');
    if (name === '') errors.push(`Trin ${position} mangler et navn.`);
    if (name.length > MAX_STEP_NAME)
      errors.push(`Trin ${position}: navnet må højst være ${MAX_STEP_NAME} tegn.`);
    const key = stepNameKey(name);
    const earlier = seenNames.get(key);
    if (name !== '' && earlier !== undefined) {
      errors.push(`Trin ${position} har samme navn som trin ${earlier}: «${name}».`);
    } else {
      seenNames.set(key, position);
    }
    if (r.id !== undefined) {
      if (!currentIds.has(r.id)) {
        errors.push(`Trin ${position} henviser til et trin, der ikke er på den gældende indsatstrappe.`);
      } else if (seenIds.has(r.id)) {
        errors.push(`Trin ${position} er det samme trin som et tidligere trin på listen.`);
      }
      seenIds.add(r.id);
    }
    return { id: r.id ?? null, position, name, category: r.category, track: r.track };
  });

  // From least to most intrusive: once a placement step comes, no preventive step may follow.
  const firstPlacement = steps.findIndex((s) => s.category === 'placement');
  if (firstPlacement >= 0) {
    for (const s of steps.slice(firstPlacement + 1)) {
      if (s.category === 'preventive') {
        errors.push(
          `Trin ${s.position} «${s.name}» er ${CATEGORY_LABELS.preventive.toLowerCase()}, men står efter ` +
            `anbringelsestrinnet ${firstPlacement + 1}: forebyggende trin skal komme før anbringelser.`,
        );
      }
    }
  }
  if (errors.length > 0) return { ok: false, errors };

  const retiredStepIds = current.steps.filter((s) => !seenIds.has(s.id)).map((s) => s.id);
  const changed =
    steps.length !== current.steps.length ||
    steps.some((s, i) => {
      const c = current.steps[i];
      return !c || s.id !== c.id || s.name !== c.name || s.category !== c.category || s.track !== c.track;
    });
  return { ok: true, changed, steps, retiredStepIds };
}

/** The current ladder's steps by position, for files that name a step by its number ("Trin"). */
export function stepsByPosition(ladder: Ladder): Map<number, Ladder['steps'][number]> {
  return new Map(ladder.steps.map((s) => [s.position, s]));
}
