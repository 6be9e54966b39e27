/**
 * Intake over HTTP (docs/intake.md): reports, Front's queue, screening, receipts, feedback and the
 * district meeting. Shapes come from the zod schemas (type-only imports: zod stays out of the bundle).
 */
import type { z } from 'zod';
import type {
  AgendaResponse,
  DecisionRequest,
  DecisionView,
  FeedbackResponse,
  MatchResponse,
  MeetingListResponse,
  MeetingView,
  MinutesResponse,
  MyReportsResponse,
  QueueItem,
  QueueResponse,
  ReceiptResponse,
  ReportCreatedResponse,
  ReportCreateRequest,
  ReportView,
  ScreeningRequest,
  ScreeningResponse,
  SupervisionResponse,
} from '../../core/api/intake.ts';
import { request } from '../api.ts';
import type { PermissionRule } from '../types.ts';

export type { DecisionRequest, QueueItem, ReportCreatedResponse, ReportCreateRequest, ScreeningRequest };
export type Queue = z.infer<typeof QueueResponse>;
export type Report = z.infer<typeof ReportView>;
export type MyReport = z.infer<typeof MyReportsResponse>['reports'][number];
export type Agenda = z.infer<typeof AgendaResponse>;
export type Meeting = z.infer<typeof MeetingView>;
export type Decision = z.infer<typeof DecisionView>;
export type Receipt = z.infer<typeof ReceiptResponse>['receipt'];
export type Feedback = z.infer<typeof FeedbackResponse>['feedback'];
export type Screening = z.infer<typeof ScreeningResponse>['screening'];
export type Minutes = z.infer<typeof MinutesResponse>;
export type MeetingListItem = z.infer<typeof MeetingListResponse>['meetings'][number];

/** The queue and a report in it are for those who both read reports and screen them (now). */
export const QUEUE_PERMISSIONS = {
  allOf: ['reports:read', 'reports:screen'],
} as const satisfies PermissionRule;
export type Matched = z.infer<typeof MatchResponse>;
export type Supervision = z.infer<typeof SupervisionResponse>;
export type Participant = Meeting['participants'][number];

const id = encodeURIComponent;

export const INTAKE_KEY = ['intake'] as const;
export const QUEUE_KEY = ['intake', 'queue'] as const;
export const MY_REPORTS_KEY = ['intake', 'mine'] as const;
export const reportKey = (reportId: string) => ['intake', 'report', reportId] as const;
export const agendaKey = (districtId: string) => ['intake', 'agenda', districtId] as const;
export const meetingsKey = (districtId: string) => ['intake', 'meetings', districtId] as const;
export const minutesKey = (meetingId: string) => ['intake', 'minutes', meetingId] as const;
export const SUPERVISION_KEY = ['intake', 'supervision'] as const;

export async function createReport(body: ReportCreateRequest): Promise<ReportCreatedResponse> {
  return request('/api/reports', { method: 'POST', body });
}

export async function fetchMyReports(signal?: AbortSignal): Promise<MyReport[]> {
  return (await request<{ reports: MyReport[] }>('/api/reports/mine', { signal })).reports;
}

export async function fetchQueue(signal?: AbortSignal): Promise<Queue> {
  return request('/api/intake/queue', { signal });
}

export async function fetchReport(reportId: string, signal?: AbortSignal): Promise<Report> {
  return request(`/api/reports/${id(reportId)}`, { signal });
}

export async function screenReport(reportId: string, body: ScreeningRequest): Promise<Screening> {
  const path = `/api/reports/${id(reportId)}/screening`;
  return (await request<{ screening: Screening }>(path, { method: 'POST', body })).screening;
}

export async function sendReceipt(reportId: string): Promise<Receipt> {
  const path = `/api/reports/${id(reportId)}/receipt`;
  return (await request<{ receipt: Receipt }>(path, { method: 'POST', body: { channel: 'in_app' } })).receipt;
}

export async function sendFeedback(reportId: string): Promise<Feedback> {
  const path = `/api/reports/${id(reportId)}/feedback`;
  return (await request<{ feedback: Feedback }>(path, { method: 'POST', body: {} })).feedback;
}

export async function fetchAgenda(districtId: string, signal?: AbortSignal): Promise<Agenda> {
  return request(`/api/districts/${id(districtId)}/meetings/next`, { signal });
}

export async function openMeeting(
  districtId: string,
  heldOn: string,
  participants: { userId?: string; name: string; role: string }[],
): Promise<Meeting> {
  const path = `/api/districts/${id(districtId)}/meetings`;
  return request(path, { method: 'POST', body: { heldOn, participants } });
}

export async function decide(meetingId: string, body: DecisionRequest): Promise<Decision> {
  const path = `/api/meetings/${id(meetingId)}/decisions`;
  return (await request<{ decision: Decision }>(path, { method: 'POST', body })).decision;
}

/** Closing makes the minutes final; the participants as corrected at the table are sent along. */
export async function closeMeeting(meetingId: string, participants: Participant[]): Promise<Meeting> {
  const path = `/api/meetings/${id(meetingId)}/close`;
  return (await request<{ meeting: Meeting }>(path, { method: 'POST', body: { participants } })).meeting;
}

export async function fetchMeetings(districtId: string, signal?: AbortSignal): Promise<MeetingListItem[]> {
  const path = `/api/districts/${id(districtId)}/meetings`;
  return (await request<{ meetings: MeetingListItem[] }>(path, { signal })).meetings;
}

export async function fetchMinutes(meetingId: string, signal?: AbortSignal): Promise<Minutes> {
  return request(`/api/meetings/${id(meetingId)}`, { signal });
}

export async function matchReport(reportId: string, childId: string): Promise<Matched> {
  return request(`/api/reports/${id(reportId)}/match`, { method: 'POST', body: { childId } });
}

export async function fetchSupervision(signal?: AbortSignal): Promise<Supervision> {
  return request('/api/supervision/intake', { signal });
}
