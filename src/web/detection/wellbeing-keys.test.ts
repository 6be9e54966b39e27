import { describe, expect, it } from 'vitest';
import { ratingKey, targetIndex } from './wellbeing-keys.ts';

const press = (key: string, mods: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) =>
  ratingKey({ key, altKey: false, ctrlKey: false, metaKey: false, ...mods });

describe('the keys of the wellbeing check', () => {
  it('rates with 1, 2 and 3 and moves with the up and down arrows', () => {
    expect(press('1')).toEqual({ kind: 'rate', color: 'green' });
    expect(press('2')).toEqual({ kind: 'rate', color: 'yellow' });
    expect(press('3')).toEqual({ kind: 'rate', color: 'red' });
    expect(press('ArrowDown')).toEqual({ kind: 'move', to: 'next' });
    expect(press('ArrowUp')).toEqual({ kind: 'move', to: 'previous' });
    expect(press('ArrowLeft')).toBeUndefined();
    expect(press('4')).toBeUndefined();
    expect(press('1', { ctrlKey: true })).toBeUndefined();
  });

  it('moves within the list, and past the last child to the save button', () => {
    expect(targetIndex(0, 'previous', 25)).toBe(0);
    expect(targetIndex(24, 'next', 25)).toBe(25);
    expect(targetIndex(25, 'next', 25)).toBe(25);
    expect(targetIndex(10, 'last', 25)).toBe(24);
  });
});
