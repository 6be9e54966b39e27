import { describe, expect, it } from 'vitest';
import {
  cprAccessibleLabel,
  formatAmount,
  formatCprForDisplay,
  formatDate,
  formatDateTime,
  formatNumber,
  formatTime,
  formatTimeLeft,
} from './format.ts';

describe('Danish formatting', () => {
  it('formats calendar dates as dd.mm.åååå', () => {
    expect(formatDate('2026-11-22')).toBe('22.11.2026');
    expect(formatDate('')).toBe('');
  });

  it('shows instants in Copenhagen time, across daylight saving', () => {
    expect(formatTime('2026-11-22T13:05:00Z')).toBe('14.05');
    expect(formatTime('2026-07-01T12:05:00Z')).toBe('14.05');
    expect(formatDateTime('2026-11-22T23:30:00Z')).toBe('23.11.2026 kl. 00.30');
    expect(formatDate('2026-11-22T23:30:00Z')).toBe('23.11.2026');
  });

  it('groups thousands with a dot and uses a decimal comma', () => {
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(-1000)).toBe('-1.000');
    expect(formatNumber(12.5, 1)).toBe('12,5');
    expect(formatAmount(12500)).toBe('12.500 kr.');
    expect(formatAmount(999.5)).toBe('999,50 kr.');
  });

  it('masks CPR unless the role may see it', () => {
    expect(formatCprForDisplay('6211154123', false)).toBe('621115-4123');
    expect(formatCprForDisplay('621115-4123', true)).toBe('621115-••••');
    expect(formatCprForDisplay('621115-••••', true)).toBe('621115-••••');
    expect(cprAccessibleLabel('621115-••••', true)).toBe('621115, de sidste fire cifre er skjult');
  });

  it('says how much time is left or how far over the deadline', () => {
    const now = new Date('2026-11-22T12:00:00Z');
    expect(formatTimeLeft('2026-11-22T15:00:00Z', now)).toBe('om 3 t');
    expect(formatTimeLeft('2026-11-20T11:00:00Z', now)).toBe('2 dage over fristen');
  });
});
