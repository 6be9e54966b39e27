/**
 * Case work over HTTP (docs/casework.md): the case, assessment, plan, measures, follow-ups and the
 * ladder. Shapes come from the zod schemas the server validates with (type-only imports: zod stays
 * out of the browser bundle).
 */
import type { z } from 'zod';
import type { CaseDeadlineView } from '../../core/api/casework.ts';
import type {
  AssessmentCreateRequest,
  AssessmentPatchRequest,
  AssessmentSuggestionsResponse,
  AssessmentView,
  ChildConversationRequest,
  FamilyMeetingRequest,
} from '../../core/api/casework-assessment.ts';
import type {
  AssignableUsersResponse,
  CaseAssignmentView,
  CasePatchRequest,
  CaseView,
} from '../../core/api/casework-cases.ts';
import type {
  FollowUpCreateRequest,
  FollowUpView,
  LadderView,
  MeasureCreateRequest,
  MeasurePatchRequest,
  MeasureView,
} from '../../core/api/casework-measures.ts';
import type { PlanCreateRequest, PlanPatchRequest, PlanView } from '../../core/api/casework-plan.ts';
import { ApiError, request } from '../api.ts';

export type {
  AssessmentCreateRequest,
  AssessmentPatchRequest,
  AssessmentView,
  CasePatchRequest,
  CaseView,
  ChildConversationRequest,
  FamilyMeetingRequest,
  FollowUpCreateRequest,
  FollowUpView,
  LadderView,
  MeasureCreateRequest,
  MeasurePatchRequest,
  MeasureView,
  PlanCreateRequest,
  PlanPatchRequest,
  PlanView,
};
export type CaseDeadline = z.infer<typeof CaseDeadlineView>;
export type CaseAssignment = z.infer<typeof CaseAssignmentView>;
export type Responsibility = CaseAssignment['responsibility'];
export type AssignableUser = AssignableUsersResponse['users'][number];
export type Suggestion = AssessmentSuggestionsResponse['suggestions'][number];
export type ChildConversation = ChildConversationRequest & { id?: string };
export type FamilyMeeting = FamilyMeetingRequest & { id?: string };

const id = encodeURIComponent;

export const CASE_KEY = ['case'] as const;
export const caseKey = (caseId: string) => ['case', caseId] as const;
export const caseKeyOf = (caseId: string, what: string) => ['case', caseId, what] as const;
export const assessmentsKey = (caseId: string) => caseKeyOf(caseId, 'assessments');
export const plansKey = (caseId: string) => caseKeyOf(caseId, 'plans');
export const measuresKey = (caseId: string) => caseKeyOf(caseId, 'measures');
export const followUpsKey = (caseId: string) => caseKeyOf(caseId, 'follow-ups');
export const ladderKey = (childId: string) => ['case', 'ladder', childId] as const;

/**
 * The body of a response whether it came bare or wrapped in an object with one key (`{plans: []}`,
 * `{case: {}}`): the contract fixes the shapes of the records, not the envelope.
 */
function unwrap<T>(body: unknown, key: string, isBare: (b: unknown) => boolean): T {
  if (isBare(body)) return body as T;
  if (body && typeof body === 'object' && key in body) return (body as Record<string, unknown>)[key] as T;
  return body as T;
}
const list = <T>(body: unknown, key: string): T[] => unwrap<T[]>(body, key, Array.isArray) ?? [];
const record = <T>(body: unknown, key: string): T =>
  unwrap<T>(body, key, (b) => !!b && typeof b === 'object' && 'id' in b);

async function getList<T>(path: string, key: string, signal?: AbortSignal): Promise<T[]> {
  return list<T>(await request<unknown>(path, { signal }), key);
}

// ---- the case ----

export async function fetchCase(caseId: string, signal?: AbortSignal): Promise<CaseView> {
  return record<CaseView>(await request<unknown>(`/api/cases/${id(caseId)}`, { signal }), 'case');
}

export async function patchCase(caseId: string, body: CasePatchRequest): Promise<CaseView> {
  return record(await request(`/api/cases/${id(caseId)}`, { method: 'PATCH', body }), 'case');
}

export function fetchAssignments(caseId: string, signal?: AbortSignal): Promise<CaseAssignment[]> {
  return getList(`/api/cases/${id(caseId)}/assignments`, 'assignments', signal);
}

/** Who the leader may assign to a responsibility (names and districts only). */
export async function fetchAssignableUsers(
  responsibility: Responsibility,
  signal?: AbortSignal,
): Promise<AssignableUser[]> {
  const path = `/api/casework/assignable-users?responsibility=${id(responsibility)}`;
  return (await request<AssignableUsersResponse>(path, { signal })).users;
}

export function fetchDeadlines(caseId: string, signal?: AbortSignal): Promise<CaseDeadline[]> {
  return getList(`/api/cases/${id(caseId)}/deadlines`, 'deadlines', signal);
}

export async function fetchLadder(childId: string, signal?: AbortSignal): Promise<LadderView> {
  return unwrap<LadderView>(
    await request<unknown>(`/api/children/${id(childId)}/ladder`, { signal }),
    'ladder',
    (b) => !!b && typeof b === 'object' && 'moves' in b,
  );
}

// ---- assessment ----

export function fetchAssessments(caseId: string, signal?: AbortSignal): Promise<AssessmentView[]> {
  return getList(`/api/cases/${id(caseId)}/assessments`, 'assessments', signal);
}

export async function createAssessment(
  caseId: string,
  body: AssessmentCreateRequest,
): Promise<AssessmentView> {
  const path = `/api/cases/${id(caseId)}/assessments`;
  return record(await request(path, { method: 'POST', body }), 'assessment');
}

export async function patchAssessment(
  assessmentId: string,
  body: AssessmentPatchRequest,
): Promise<AssessmentView> {
  const path = `/api/assessments/${id(assessmentId)}`;
  return record(await request(path, { method: 'PATCH', body }), 'assessment');
}

export function fetchSuggestions(
  caseId: string,
  assessmentId: string,
  signal?: AbortSignal,
): Promise<Suggestion[]> {
  return getList(
    `/api/cases/${id(caseId)}/assessments/${id(assessmentId)}/suggestions`,
    'suggestions',
    signal,
  );
}

export function fetchChildConversations(caseId: string, signal?: AbortSignal): Promise<ChildConversation[]> {
  return getList(`/api/cases/${id(caseId)}/child-conversations`, 'conversations', signal);
}

export async function createChildConversation(
  caseId: string,
  body: ChildConversationRequest,
): Promise<unknown> {
  return request(`/api/cases/${id(caseId)}/child-conversations`, { method: 'POST', body });
}

export function fetchFamilyMeetings(caseId: string, signal?: AbortSignal): Promise<FamilyMeeting[]> {
  return getList(`/api/cases/${id(caseId)}/family-meetings`, 'meetings', signal);
}

export async function createFamilyMeeting(caseId: string, body: FamilyMeetingRequest): Promise<unknown> {
  return request(`/api/cases/${id(caseId)}/family-meetings`, { method: 'POST', body });
}

// ---- plan ----

export function fetchPlans(caseId: string, signal?: AbortSignal): Promise<PlanView[]> {
  return getList(`/api/cases/${id(caseId)}/plans`, 'plans', signal);
}

export async function createPlan(caseId: string, body: PlanCreateRequest): Promise<PlanView> {
  return record(await request(`/api/cases/${id(caseId)}/plans`, { method: 'POST', body }), 'plan');
}

export async function patchPlan(planId: string, body: PlanPatchRequest): Promise<PlanView> {
  return record(await request(`/api/plans/${id(planId)}`, { method: 'PATCH', body }), 'plan');
}

// ---- measures ----

export function fetchMeasures(caseId: string, signal?: AbortSignal): Promise<MeasureView[]> {
  return getList(`/api/cases/${id(caseId)}/measures`, 'measures', signal);
}

export async function createMeasure(caseId: string, body: MeasureCreateRequest): Promise<MeasureView> {
  return record(await request(`/api/cases/${id(caseId)}/measures`, { method: 'POST', body }), 'measure');
}

export async function patchMeasure(measureId: string, body: MeasurePatchRequest): Promise<MeasureView> {
  return record(await request(`/api/measures/${id(measureId)}`, { method: 'PATCH', body }), 'measure');
}

// ---- follow-ups ----

export function fetchFollowUps(caseId: string, signal?: AbortSignal): Promise<FollowUpView[]> {
  return getList(`/api/cases/${id(caseId)}/follow-ups`, 'followUps', signal);
}

export async function createFollowUp(caseId: string, body: FollowUpCreateRequest): Promise<FollowUpView> {
  const path = `/api/cases/${id(caseId)}/follow-ups`;
  return record(await request(path, { method: 'POST', body }), 'followUp');
}

// ---- optimistic locking ----

/** The current record a 409 `version_conflict` carried, or undefined for any other error. */
export function conflictCurrent<T>(error: unknown, key: string): T | undefined {
  if (!(error instanceof ApiError) || error.id !== 'version_conflict' || error.current == null)
    return undefined;
  return record<T>(error.current, key);
}
