import { describe, expect, it } from 'vitest';
import { stayStartOn } from './stays.ts';

describe('stayStartOn', () => {
  it('is null when nothing runs on the day (a measure has ended on its end date)', () => {
    expect(stayStartOn([], '2027-01-01')).toBeNull();
    expect(stayStartOn([{ startOn: '2026-01-01', endedOn: '2027-01-01' }], '2027-01-01')).toBeNull();
    expect(stayStartOn([{ startOn: '2027-02-01', endedOn: null }], '2027-01-01')).toBeNull();
  });

  it('walks back over measures that touch or overlap, in any order', () => {
    const spans = [
      { startOn: '2026-06-01', endedOn: null },
      { startOn: '2025-01-01', endedOn: '2025-06-01' },
      { startOn: '2025-06-01', endedOn: '2026-06-01' },
    ];
    expect(stayStartOn(spans, '2027-01-01')).toBe('2025-01-01');
  });

  it('stops at a gap of a day, and ignores a measure ended the day it started', () => {
    const spans = [
      { startOn: '2025-01-01', endedOn: '2025-05-31' },
      { startOn: '2025-06-01', endedOn: null },
      { startOn: '2024-01-01', endedOn: '2024-01-01' },
    ];
    expect(stayStartOn(spans, '2026-01-01')).toBe('2025-06-01');
  });
});
