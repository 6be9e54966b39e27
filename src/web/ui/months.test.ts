import { describe, expect, it } from 'vitest';
import { addMonths, currentMonth, monthLabel, monthOptions, monthsBetween } from './months.ts';

describe('months of the figures', () => {
  it('steps months across the turn of the year and names them in Danish', () => {
    expect(addMonths('2025-11', 3)).toBe('2026-02');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthLabel('2026-03')).toBe('marts 2026');
    // Copenhagen's month, not UTC's: 31 March 23:30 UTC is already April in Copenhagen.
    expect(currentMonth(new Date('2026-03-31T23:30:00Z'))).toBe('2026-04');
    const options = monthOptions(new Date('2026-03-10T12:00:00Z'), 3);
    expect(options).toEqual([
      { value: '2026-03', label: 'marts 2026' },
      { value: '2026-02', label: 'februar 2026' },
      { value: '2026-01', label: 'januar 2026' },
    ]);
  });
});
