import type { Category, Track } from '../../core/catalog/types.ts';
import type { LadderStepRequest, LadderView } from './catalog-api.ts';

/** One row of the ladder editor; `key` is local, `id` is the stored step's (none for a new step). */
export interface EditStep {
  key: string;
  id?: string;
  name: string;
  category: Category;
  track: Track;
}

let counter = 0;
export function newStepKey(): string {
  counter += 1;
  return `new-${Date.now().toString(36)}-${counter}`;
}

export function fromLadder(ladder: LadderView): EditStep[] {
  return ladder.steps.map((s) => ({
    key: s.id,
    id: s.id,
    name: s.name,
    category: s.category,
    track: s.track,
  }));
}

export function toRequest(steps: EditStep[]): LadderStepRequest[] {
  return steps.map((s) => ({
    ...(s.id ? { id: s.id } : {}),
    name: s.name.trim(),
    category: s.category,
    track: s.track,
  }));
}

/** Swap with the neighbour above (-1) or below (+1); out of range leaves the list as it is. */
export function move(steps: EditStep[], index: number, direction: -1 | 1): EditStep[] {
  const other = index + direction;
  if (other < 0 || other >= steps.length) return steps;
  const next = [...steps];
  [next[index], next[other]] = [next[other] as EditStep, next[index] as EditStep];
  return next;
}

/** A new, empty step after `index`, with its neighbour's category and track as a start. */
export function insertAfter(steps: EditStep[], index: number, key: string): EditStep[] {
  const base = steps[index];
  const step: EditStep = {
    key,
    name: '',
    category: base?.category ?? 'preventive',
    track: base?.track ?? 'early',
  };
  return [...steps.slice(0, index + 1), step, ...steps.slice(index + 1)];
}

export function remove(steps: EditStep[], index: number): EditStep[] {
  return steps.filter((_, i) => i !== index);
}

const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('da');

/** Errors by row key: an empty name, or the same name twice (the server would refuse both). */
export function validateSteps(steps: EditStep[]): Record<string, string> {
  const errors: Record<string, string> = {};
  const seen = new Map<string, number>();
  steps.forEach((step, index) => {
    const key = nameKey(step.name);
    if (key === '') {
      errors[step.key] = 'Trinnet skal have et navn.';
      return;
    }
    if (key.length > 200) errors[step.key] = 'Navnet må højst være 200 tegn.';
    const earlier = seen.get(key);
    if (earlier !== undefined)
      errors[step.key] = `Trin ${earlier} hedder det samme. Giv trinnene forskellige navne.`;
    else seen.set(key, index + 1);
  });
  return errors;
}
