import type { WellbeingColor } from '../../core/detection/wellbeing.ts';

/**
 * The keys of the wellbeing check, so a class of 25 is rated in about 26 key presses: one digit
 * per child (it rates and moves on), and Enter on the save button the last digit lands on.
 * Left and right arrows keep their native radio meaning (change the colour within one child).
 */
export type RatingKey =
  | { kind: 'rate'; color: WellbeingColor }
  | { kind: 'move'; to: 'previous' | 'next' | 'first' | 'last' };

const COLOR_KEYS: Record<string, WellbeingColor> = { '1': 'green', '2': 'yellow', '3': 'red' };

export function ratingKey(event: {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}): RatingKey | undefined {
  // Browser and screen-reader shortcuts keep working.
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  const color = COLOR_KEYS[event.key];
  if (color) return { kind: 'rate', color };
  switch (event.key) {
    case 'ArrowDown':
      return { kind: 'move', to: 'next' };
    case 'ArrowUp':
      return { kind: 'move', to: 'previous' };
    case 'Home':
      return { kind: 'move', to: 'first' };
    case 'End':
      return { kind: 'move', to: 'last' };
    default:
      return undefined;
  }
}

/** The row a move lands on; `count` (one past the last) means the save button. */
export function targetIndex(from: number, to: 'previous' | 'next' | 'first' | 'last', count: number): number {
  switch (to) {
    case 'previous':
      return Math.max(0, from - 1);
    case 'next':
      return Math.min(count, from + 1);
    case 'first':
      return 0;
    case 'last':
      return Math.max(0, count - 1);
  }
}

export const COLOR_DIGIT: Record<WellbeingColor, string> = { green: '1', yellow: '2', red: '3' };
