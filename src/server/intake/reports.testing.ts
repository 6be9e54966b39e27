import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { ApiClient } from '../../testing/server.ts';

/**
 * A school's report about a child, sent by a professional through the API as the teacher's form
 * sends it: the common first step of the tests that need a report to read, screen or attach to.
 * `overrides` replaces any field (the text, the time received, the reporter, …).
 */
export async function sendSchoolReport(
  reporter: ApiClient,
  childId: string,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const res = await reporter.post('/api/reports', {
    idempotencyKey: randomUUID(),
    childId,
    source: 'school',
    reporter: { kind: 'professional', organisation: 'Nordskolen' },
    acute: false,
    text: 'Barnet har fortalt om slag derhjemme.',
    ...overrides,
  });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

/** Front screens a report on to the district meeting. */
export async function screenToMeeting(front: ApiClient, reportId: string): Promise<void> {
  const screened = await front.post(`/api/reports/${reportId}/screening`, {
    healthOrDevelopmentInDanger: true,
    urgentMeasuresNeeded: false,
    decision: 'district_meeting',
  });
  expect(screened.status).toBe(201);
}
