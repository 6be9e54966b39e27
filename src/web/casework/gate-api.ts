/**
 * The escalation gate and the leader's approval over HTTP (src/core/api/casework-gate.ts,
 * docs/casework.md "The gate and the leader's approval"): the case's forum decisions, starting a
 * measure (201, or 202 when it waits for a leader), the approvals, emergency decisions, the forum
 * rules the measure form reads, the leader's supervision of it. Type-only imports of the schemas.
 */
import type {
  CaseForumDecisionsResponse,
  EmergencyDecisionRequest,
  EmergencyDecisionView,
  MeasureApprovalAnswer,
  MeasureApprovalResult,
  MeasureApprovalView,
  MeasurePendingResponse,
  SupervisionGateResponse,
} from '../../core/api/casework-gate.ts';
import type { MeasureCreateRequest, MeasureView } from '../../core/api/casework-measures.ts';
import type { ForumSettingsRequest, ForumSettingsView } from '../../core/api/forum-settings.ts';
import { request } from '../api.ts';

export type {
  CaseForumDecisionsResponse,
  EmergencyDecisionView,
  ForumSettingsRequest,
  ForumSettingsView,
  MeasureApprovalView,
  SupervisionGateResponse,
};
export type CaseForumDecision = CaseForumDecisionsResponse['decisions'][number];

const id = encodeURIComponent;

export const FORUM_SETTINGS_KEY = ['forum-settings'] as const;
export const GATE_SUPERVISION_KEY = ['casework-overview', 'supervision', 'gate'] as const;
export const MY_APPROVALS_KEY = ['casework-overview', 'mine', 'approvals'] as const;
export const caseDecisionsKey = (caseId: string) => ['case', caseId, 'forum-decisions'] as const;
export const caseApprovalsKey = (caseId: string) => ['case', caseId, 'measure-approvals'] as const;

export function fetchForumSettings(signal?: AbortSignal): Promise<ForumSettingsView> {
  return request('/api/forum-settings', { signal });
}

export function saveForumSettings(body: ForumSettingsRequest): Promise<ForumSettingsView> {
  return request('/api/forum-settings', { method: 'PUT', body });
}

export function fetchCaseDecisions(
  caseId: string,
  signal?: AbortSignal,
): Promise<CaseForumDecisionsResponse> {
  return request(`/api/cases/${id(caseId)}/forum-decisions`, { signal });
}

export type MeasureStarted = { started: MeasureView } | { pending: MeasureApprovalView };

/** Starts a measure: the measure (201/200), or the approval it waits for (202). */
export async function startMeasure(caseId: string, body: MeasureCreateRequest): Promise<MeasureStarted> {
  const res = await request<MeasureView | MeasurePendingResponse>(`/api/cases/${id(caseId)}/measures`, {
    method: 'POST',
    body,
  });
  return 'approval' in res ? { pending: res.approval } : { started: res };
}

export function fetchCaseApprovals(caseId: string, signal?: AbortSignal): Promise<MeasureApprovalView[]> {
  return request(`/api/cases/${id(caseId)}/measure-approvals`, { signal });
}

export function answerApproval(
  measureId: string,
  body: MeasureApprovalAnswer,
): Promise<MeasureApprovalResult> {
  return request(`/api/measures/${id(measureId)}/approval`, { method: 'POST', body });
}

export function fetchMyApprovals(signal?: AbortSignal): Promise<MeasureApprovalView[]> {
  return request('/api/cases/mine/approvals', { signal });
}

export function fetchGateSupervision(signal?: AbortSignal): Promise<SupervisionGateResponse> {
  return request('/api/supervision/gate', { signal });
}

export function createEmergencyDecision(
  caseId: string,
  body: EmergencyDecisionRequest,
): Promise<EmergencyDecisionView> {
  return request(`/api/cases/${id(caseId)}/emergency-decisions`, { method: 'POST', body });
}
