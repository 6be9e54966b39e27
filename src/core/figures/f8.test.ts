import { describe, expect, it } from 'vitest';
import { receiptDueAt, screeningDueAt } from '../calendar/deadlines.ts';
import { computeF8, type F8Row } from './f8.ts';

const HOUR = 3_600_000;
function row(
  district: string,
  received: string,
  screenedAfterHours: number | null,
  receiptAfterHours?: number | null,
): F8Row {
  const receivedAt = new Date(received);
  const professional = receiptAfterHours !== undefined;
  return {
    districtId: district,
    receivedAt,
    screeningDueAt: screeningDueAt(receivedAt),
    screenedAt:
      screenedAfterHours === null ? null : new Date(receivedAt.getTime() + screenedAfterHours * HOUR),
    receiptDueAt: professional ? receiptDueAt(receivedAt) : null,
    receiptSentAt:
      professional && receiptAfterHours !== null
        ? new Date(receivedAt.getTime() + (receiptAfterHours ?? 0) * HOUR)
        : null,
  };
}

describe('figure F8', () => {
  const now = new Date('2026-04-15T12:00:00Z');

  it('counts screenings and receipts on time per district and Copenhagen month', () => {
    const cells = computeF8(
      [
        row('d1', '2026-03-02T09:00:00Z', 2, 48),
        row('d1', '2026-03-03T09:00:00Z', 30, 24 * 20),
        row('d1', '2026-03-04T09:00:00Z', null),
        // 31 March 23:30 UTC is 1 April in Copenhagen.
        row('d1', '2026-03-31T23:30:00Z', 1),
        row('d2', '2026-03-10T09:00:00Z', 23.9),
      ],
      now,
    );
    expect(
      cells.map((c) => [
        c.districtId,
        c.month,
        c.screening.total,
        c.screening.onTime,
        c.receipt.total,
        c.receipt.onTime,
      ]),
    ).toEqual([
      ['d1', '2026-03', 3, 1, 2, 1],
      ['d2', '2026-03', 1, 1, 0, 0],
      ['d1', '2026-04', 1, 1, 0, 0],
    ]);
    expect(cells[0]?.screening.share).toBeCloseTo(1 / 3);
    expect(cells[1]?.receipt.share).toBeNull();
  });

  it('leaves out reports that can still be on time', () => {
    const cells = computeF8([row('d1', '2026-04-15T00:00:00Z', null, null)], now);
    expect(cells[0]?.screening).toEqual({ total: 0, onTime: 0, share: null, suppressed: false });
    expect(cells[0]?.receipt.total).toBe(0);
  });

  it('suppresses counts below the threshold', () => {
    const rows = [1, 2, 3, 4].map((d) => row('d1', `2026-03-0${d}T09:00:00Z`, 1));
    expect(computeF8(rows, now, 5)[0]?.screening).toEqual({
      total: null,
      onTime: null,
      share: null,
      suppressed: true,
    });
    expect(computeF8([...rows, row('d1', '2026-03-05T09:00:00Z', 1)], now, 5)[0]?.screening.total).toBe(5);
  });
});
