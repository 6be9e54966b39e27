import { describe, expect, it } from 'vitest';
import { type LinkCandidate, linkedReports } from './linked.ts';

const r = (id: string, childId: string | null, householdId: string | null, at: string): LinkCandidate => ({
  id,
  childId,
  householdId,
  receivedAt: new Date(at),
});

describe('linked reports', () => {
  const now = r('now', 'c1', 'h1', '2026-03-01T10:00:00Z');
  it('links the same child and siblings in the household, and flags three within 12 months', () => {
    const linked = linkedReports(now, [
      now,
      r('a', 'c1', 'h1', '2025-09-01T10:00:00Z'),
      r('b', 'c2', 'h1', '2025-12-01T10:00:00Z'),
      r('c', 'c3', 'h2', '2026-01-01T10:00:00Z'),
    ]);
    expect(linked.reports.map((x) => [x.id, x.sibling])).toEqual([
      ['b', true],
      ['a', false],
    ]);
    expect(linked.inWindow).toBe(3);
    expect(linked.flagged).toBe(true);
  });

  it('does not count reports older than 12 months towards the flag', () => {
    const linked = linkedReports(now, [
      r('a', 'c1', 'h1', '2025-02-28T10:00:00Z'),
      r('b', 'c1', 'h1', '2026-02-01T10:00:00Z'),
    ]);
    expect(linked.reports).toHaveLength(2);
    expect(linked.inWindow).toBe(2);
    expect(linked.flagged).toBe(false);
  });

  it('flags the first report of a cluster too, once the later ones are known', () => {
    const first = r('first', 'c1', 'h1', '2025-06-01T10:00:00Z');
    const linked = linkedReports(first, [first, r('a', 'c1', 'h1', '2025-09-01T10:00:00Z'), now]);
    expect(linked.inWindow).toBe(3);
    expect(linked.flagged).toBe(true);
    const old = r('old', 'c1', 'h1', '2024-01-01T10:00:00Z');
    expect(linkedReports(old, [old, first, now]).inWindow).toBe(2);
  });

  it('links nothing to a child not yet identified', () => {
    expect(linkedReports(r('x', null, null, '2026-03-01T10:00:00Z'), [now])).toEqual({
      reports: [],
      inWindow: 1,
      flagged: false,
    });
  });
});
