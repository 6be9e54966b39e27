import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { todayInCopenhagen } from '../src/core/calendar/zone.ts';
import { loginAs, type TestServer } from '../src/testing/server.ts';
import { formatDate } from '../src/web/ui/format.ts';

/**
 * The start of case work, through the API as the people before the caseworker would do it: a
 * pedagogue reports the daycare child (who has no case), Front screens the report for the district
 * meeting, the meeting decides on an assessment (which opens a case without a caseworker), and the
 * leader assigns the district's caseworker.
 */
export async function caseFromDistrictMeeting(
  server: TestServer,
): Promise<{ caseId: string; childName: string }> {
  const child = server.municipality.children.inDaycare;
  const d1 = server.municipality.districts.d1;
  const pedagogue = await loginAs(server, 'pedagogue');
  const front = await loginAs(server, 'front');
  const leader = await loginAs(server, 'leader');

  const report = await pedagogue.post('/api/reports', {
    idempotencyKey: randomUUID(),
    childId: child.id,
    source: 'daycare',
    reporter: { kind: 'professional', organisation: 'Børnehuset Nord' },
    acute: false,
    text: 'Bertram kommer ofte sulten og uden tøj efter vejret; far virker fraværende.',
  });
  expect(report.status, JSON.stringify(report.body)).toBe(201);
  const screened = await front.post(`/api/reports/${report.body.id}/screening`, {
    healthOrDevelopmentInDanger: true,
    urgentMeasuresNeeded: false,
    decision: 'district_meeting',
  });
  expect(screened.status, JSON.stringify(screened.body)).toBe(201);
  const meeting = await front.post(`/api/districts/${d1}/meetings`, { heldOn: todayInCopenhagen() });
  expect(meeting.status, JSON.stringify(meeting.body)).toBe(201);
  const decided = await front.post(`/api/meetings/${meeting.body.id}/decisions`, {
    reportId: report.body.id,
    decision: 'assessment',
    reasons: 'Tegn på omsorgssvigt; en børnefaglig undersøgelse skal afklare behovet.',
  });
  expect(decided.status, JSON.stringify(decided.body)).toBe(201);
  const caseId = decided.body.decision.caseId as string;
  expect(caseId).toMatch(/^[0-9a-f-]{36}$/);

  const opened = await leader.get(`/api/cases/${caseId}`);
  expect(opened.status, JSON.stringify(opened.body)).toBe(200);
  expect(opened.body.caseworker).toBeNull();
  const assigned = await leader.patch(`/api/cases/${caseId}`, {
    version: opened.body.version,
    caseworkerId: server.users.caseworker.id,
    assignmentReason: 'Distriktets rådgiver har plads i sagsstammen.',
  });
  expect(assigned.status, JSON.stringify(assigned.body)).toBe(200);
  return { caseId, childName: opened.body.child.name as string };
}

/** Today as the date fields show it, and a calendar date as the pages show it. */
export const todayField = () => formatDate(todayInCopenhagen());

/** Chooses a tab of the case page with the keyboard's target, the tab itself. */
export async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
  await page.getByRole('tabpanel', { name }).waitFor();
}
