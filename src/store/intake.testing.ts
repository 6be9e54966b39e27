import { receiptDueAt, screeningDueAt } from '../core/calendar/deadlines.ts';
import type { TestMunicipality } from '../testing/fixtures.ts';

let serial = 0;

/**
 * A school's report as a row of `report`, written past the use cases (the store tests and the
 * migration tests check what the tables themselves hold). `overrides` replaces any column.
 */
export function reportRow(m: TestMunicipality, overrides: Record<string, unknown> = {}) {
  const receivedAt = (overrides.received_at as Date | undefined) ?? new Date('2026-03-28T02:30:00+01:00');
  serial += 1;
  return {
    municipality_id: m.id,
    child_id: m.children.inClass.id,
    district_id: m.districts.d1,
    source: 'school' as const,
    reporter_kind: 'professional' as const,
    reporter_name: 'Lærer Hansen',
    reporter_user_id: m.users.teacher.id,
    received_at: receivedAt,
    screening_due_at: screeningDueAt(receivedAt),
    receipt_due_at: receiptDueAt(receivedAt),
    acute: false,
    text: 'Barnet kommer sultent i skole.',
    created_by: m.users.teacher.id,
    idempotency_key: `store-test-${serial}-key`,
    request_hash: 'a'.repeat(64),
    ...overrides,
  };
}
