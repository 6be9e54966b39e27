import { describe, expect, it } from 'vitest';
import { FIGURE_IDS, figurePermissionsOf, figureSuppression } from './figures-policy.ts';
import { ROLES } from './roles.ts';

describe('the figures policy', () => {
  it('gives every figure to the leader unsuppressed and to the analyst with counts under 5 hidden', () => {
    for (const f of FIGURE_IDS) {
      expect(figureSuppression('leader', f)).toBe(0);
      expect(figureSuppression('analyst', f)).toBe(5);
    }
  });

  it('gives Front only F8, its own reception deadlines', () => {
    expect(figurePermissionsOf('front')).toEqual(['figures:F8']);
    expect(figureSuppression('front', 'F9')).toBeNull();
  });

  it('gives no figure to anyone else', () => {
    const readers = ROLES.filter((r) => figurePermissionsOf(r).length > 0);
    expect(readers).toEqual(['front', 'leader', 'analyst']);
  });
});
