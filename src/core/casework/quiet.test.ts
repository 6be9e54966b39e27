import { describe, expect, it } from 'vitest';
import { caseloadFor, caseloadState, quietSince } from './quiet.ts';

describe('quietSince (F14)', () => {
  it('is quiet only after more than the given weeks', () => {
    // 6 weeks before 2026-05-15 is 2026-04-03.
    expect(quietSince('2026-04-03', '2026-01-01', '2026-05-15', 6)).toBeNull();
    expect(quietSince('2026-04-02', '2026-01-01', '2026-05-15', 6)).toBe('2026-04-02');
  });
  it('counts from the opening when there was no contact, or when it is later', () => {
    expect(quietSince(null, '2026-03-01', '2026-05-15', 6)).toBe('2026-03-01');
    expect(quietSince(null, '2026-04-10', '2026-05-15', 6)).toBeNull();
    expect(quietSince('2026-02-01', '2026-03-01', '2026-05-15', 6)).toBe('2026-03-01');
  });
  it('is unaffected by the daylight-saving change', () => {
    // 6 weeks before 2026-04-12 spans the spring change on 29 March: still 42 calendar days.
    expect(quietSince('2026-03-01', '2026-01-01', '2026-04-12', 6)).toBeNull();
    expect(quietSince('2026-02-28', '2026-01-01', '2026-04-12', 6)).toBe('2026-02-28');
  });
});

describe('caseloadState (caseload-20)', () => {
  it('compares with the target', () => {
    expect(caseloadState(19, 20)).toBe('under');
    expect(caseloadState(20, 20)).toBe('at');
    expect(caseloadState(21, 20)).toBe('over');
  });

  it("is the caseworker's target only: other roles get a count", () => {
    expect(caseloadFor('caseworker', 23, 20)).toEqual({ openCases: 23, target: 20, state: 'over' });
    for (const role of ['foster_care_consultant', 'preventive_worker']) {
      expect(caseloadFor(role, 40, 20)).toEqual({ openCases: 40, target: null, state: null });
    }
  });
});
