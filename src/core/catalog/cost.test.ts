import { describe, expect, it } from 'vitest';
import {
  courseMonths,
  DEFAULT_COURSE_WEEKS,
  monthlyCost,
  monthlyCostAtCapacity,
  usesDefaultDuration,
  WEEKS_PER_MONTH,
} from './cost.ts';

describe('monthlyCost', () => {
  it('takes a monthly price as it is', () => {
    expect(monthlyCost({ unitCost: 39_166.67, costUnit: 'month', typicalDurationWeeks: 52 })).toBe(39_167);
  });

  it('spreads a course price over its typical duration in months (52/12 weeks a month)', () => {
    expect(WEEKS_PER_MONTH).toBeCloseTo(4.333, 3);
    // 13 weeks = 3 months
    expect(monthlyCost({ unitCost: 12_000, costUnit: 'course', typicalDurationWeeks: 13 })).toBe(4_000);
    // 26 weeks = 6 months
    expect(monthlyCost({ unitCost: 30_000, costUnit: 'course', typicalDurationWeeks: 26 })).toBe(5_000);
    // shorter than a month: the place costs more a month than the course
    expect(monthlyCost({ unitCost: 2_000, costUnit: 'course', typicalDurationWeeks: 2 })).toBe(4_333);
  });

  it('assumes a quarter for a course without a duration, and says so', () => {
    expect(DEFAULT_COURSE_WEEKS).toBe(13);
    expect(courseMonths(null)).toBeCloseTo(3, 10);
    const course = { unitCost: 9_000, costUnit: 'course', typicalDurationWeeks: null } as const;
    expect(monthlyCost(course)).toBe(3_000);
    expect(usesDefaultDuration(course)).toBe(true);
    expect(usesDefaultDuration({ ...course, costUnit: 'month' })).toBe(false);
  });

  it('multiplies by the places for the running cost; no capacity, no running cost', () => {
    const offer = { unitCost: 12_000, costUnit: 'course', typicalDurationWeeks: 13 } as const;
    expect(monthlyCostAtCapacity({ ...offer, capacity: 8 })).toBe(32_000);
    expect(monthlyCostAtCapacity({ ...offer, capacity: null })).toBe(0);
  });
});
