import { describe, expect, it } from 'vitest';
import { type EditStep, insertAfter, move, remove, toRequest, validateSteps } from './ladder-edit.ts';

const step = (key: string, name: string, id?: string): EditStep => ({
  key,
  ...(id ? { id } : {}),
  name,
  category: 'preventive',
  track: 'early',
});

describe('the ladder editor', () => {
  const steps = [step('a', 'Tidlig', 'id-a'), step('b', 'Forebyggende', 'id-b'), step('c', 'Hjemme', 'id-c')];

  it('moves, inserts and removes steps without touching the others', () => {
    expect(move(steps, 1, -1).map((s) => s.key)).toEqual(['b', 'a', 'c']);
    expect(move(steps, 0, -1)).toBe(steps);
    expect(move(steps, 2, 1)).toBe(steps);
    expect(insertAfter(steps, 1, 'new').map((s) => s.key)).toEqual(['a', 'b', 'new', 'c']);
    expect(remove(steps, 0).map((s) => s.key)).toEqual(['b', 'c']);
  });

  it('sends ids for kept steps and none for new ones, names trimmed', () => {
    const request = toRequest([step('a', ' Tidlig ', 'id-a'), step('n', 'Dagbehandling')]);
    expect(request).toEqual([
      { id: 'id-a', name: 'Tidlig', category: 'preventive', track: 'early' },
      { name: 'Dagbehandling', category: 'preventive', track: 'early' },
    ]);
  });

  it('refuses empty and repeated names in Danish', () => {
    const errors = validateSteps([step('a', 'Tidlig'), step('b', ' '), step('c', 'tidlig ')]);
    expect(errors).toEqual({
      b: 'Trinnet skal have et navn.',
      c: 'Trin 1 hedder det samme. Giv trinnene forskellige navne.',
    });
  });
});
