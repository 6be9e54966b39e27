/**
 * Detection over HTTP: concerns, the guide, wellbeing checks, the queue of signals, a child's
 * detection record, transition conversations and the settings. Shapes come from the zod schemas
 * the server validates with (type-only imports: zod stays out of the browser bundle).
 */
import type {
  ConcernCorrectionRequest,
  ConcernCreateRequest,
  ConcernEditRequest,
  ConcernView,
  ConcernWithGuideResponse,
  DetectionSettingsBody,
  DetectionSettingsResponse,
  GroupWellbeingResponse,
  GuideView,
  MyConcernsResponse,
  MyGroupsResponse,
  WellbeingBatchRequest,
  WellbeingBatchResponse,
} from '../../core/api/detection.ts';
import type {
  ChildConcernsResponse,
  SignalActionRequest,
  SignalDetail,
  SignalSummary,
  TransitionCreateRequest,
  TransitionView,
} from '../../core/api/detection-queue.ts';
import { request, withQuery } from '../api.ts';

export type {
  ChildConcernsResponse,
  ConcernCreateRequest,
  ConcernEditRequest,
  ConcernView,
  ConcernWithGuideResponse,
  DetectionSettingsBody,
  DetectionSettingsResponse,
  GroupWellbeingResponse,
  GuideView,
  SignalActionRequest,
  SignalDetail,
  SignalSummary,
  TransitionCreateRequest,
  TransitionView,
};
export type MyGroup = MyGroupsResponse['groups'][number];
export type ConcernReceipt = MyConcernsResponse['concerns'][number];
export type WellbeingChild = GroupWellbeingResponse['children'][number];

const id = encodeURIComponent;

// Query keys: everything of detection under one root, so a write can refresh what it touches.
export const DETECTION_KEY = ['detection'] as const;
export const MY_GROUPS_KEY = ['detection', 'groups', 'mine'] as const;
export const MY_CONCERNS_KEY = ['detection', 'concerns', 'mine'] as const;
export const concernKey = (concernId: string) => ['detection', 'concern', concernId] as const;
export const groupWellbeingKey = (groupId: string) => ['detection', 'wellbeing', groupId] as const;
export const SIGNALS_KEY = ['detection', 'signals'] as const;
export const signalKey = (signalId: string) => ['detection', 'signal', signalId] as const;
export const childRecordKey = (childId: string) => ['detection', 'child', childId, 'record'] as const;
export const transitionsKey = (childId: string) => ['detection', 'child', childId, 'transitions'] as const;
export const SETTINGS_KEY = ['detection', 'settings'] as const;

// ---- concerns and the guide ----

export async function createConcern(body: ConcernCreateRequest): Promise<ConcernWithGuideResponse> {
  return request('/api/concerns', { method: 'POST', body });
}

export async function editConcern(
  concernId: string,
  body: ConcernEditRequest,
): Promise<ConcernWithGuideResponse> {
  return request(`/api/concerns/${id(concernId)}`, { method: 'PATCH', body });
}

export async function correctConcern(
  concernId: string,
  body: ConcernCorrectionRequest,
): Promise<ConcernView> {
  return request(`/api/concerns/${id(concernId)}/corrections`, { method: 'POST', body });
}

export async function fetchConcern(concernId: string, signal?: AbortSignal): Promise<ConcernView> {
  return request(`/api/concerns/${id(concernId)}`, { signal });
}

export async function fetchMyConcerns(signal?: AbortSignal): Promise<ConcernReceipt[]> {
  return (await request<MyConcernsResponse>('/api/concerns/mine', { signal })).concerns;
}

/** The guide as the concern's level, areas, risk factors and the parents' knowledge give it. */
export async function fetchGuide(
  concern: Pick<ConcernView, 'level' | 'areas' | 'riskFactors' | 'parentsInformed'> & { childId: string },
  signal?: AbortSignal,
): Promise<GuideView> {
  const path = withQuery('/api/guide', {
    childId: concern.childId,
    level: String(concern.level),
    areas: concern.areas.map((a) => a.area).join(','),
    riskFactors: concern.riskFactors.map((f) => f.code).join(','),
    parentsInformed: String(concern.parentsInformed),
  });
  return request(path, { signal });
}

// ---- wellbeing checks ----

export async function fetchMyGroups(signal?: AbortSignal): Promise<MyGroup[]> {
  return (await request<MyGroupsResponse>('/api/groups/mine', { signal })).groups;
}

export async function fetchGroupWellbeing(
  groupId: string,
  signal?: AbortSignal,
): Promise<GroupWellbeingResponse> {
  return request(`/api/groups/${id(groupId)}/wellbeing`, { signal });
}

export async function saveWellbeing(
  groupId: string,
  body: WellbeingBatchRequest,
): Promise<WellbeingBatchResponse> {
  return request(`/api/groups/${id(groupId)}/wellbeing`, { method: 'POST', body });
}

// ---- signals ----

export type SignalStatusFilter = 'open' | 'closed' | 'all';

export async function fetchSignals(
  filter: { district?: string; status?: SignalStatusFilter },
  signal?: AbortSignal,
): Promise<SignalSummary[]> {
  const path = withQuery('/api/signals', { district: filter.district, status: filter.status });
  return (await request<{ signals: SignalSummary[] }>(path, { signal })).signals;
}

export async function fetchSignal(signalId: string, signal?: AbortSignal): Promise<SignalDetail> {
  return (await request<{ signal: SignalDetail }>(`/api/signals/${id(signalId)}`, { signal })).signal;
}

export async function actOnSignal(signalId: string, body: SignalActionRequest): Promise<SignalDetail> {
  const path = `/api/signals/${id(signalId)}/actions`;
  return (await request<{ signal: SignalDetail }>(path, { method: 'POST', body })).signal;
}

export async function startFollowing(childId: string, note?: string): Promise<void> {
  await request(`/api/children/${id(childId)}/preventive-follow`, {
    method: 'POST',
    body: note ? { note } : {},
  });
}

export async function stopFollowing(childId: string): Promise<void> {
  await request(`/api/children/${id(childId)}/preventive-follow`, { method: 'DELETE' });
}

// ---- a child's record and transition conversations ----

export async function fetchChildRecord(
  childId: string,
  signal?: AbortSignal,
): Promise<ChildConcernsResponse> {
  return request(`/api/children/${id(childId)}/concerns`, { signal });
}

export async function fetchTransitions(childId: string, signal?: AbortSignal): Promise<TransitionView[]> {
  const path = `/api/children/${id(childId)}/transition-conversations`;
  return (await request<{ conversations: TransitionView[] }>(path, { signal })).conversations;
}

export async function createTransition(body: TransitionCreateRequest): Promise<TransitionView> {
  const path = '/api/transition-conversations';
  return (await request<{ conversation: TransitionView }>(path, { method: 'POST', body })).conversation;
}

// ---- settings ----

export async function fetchSettings(signal?: AbortSignal): Promise<DetectionSettingsResponse> {
  return request('/api/detection/settings', { signal });
}

export async function saveSettings(body: DetectionSettingsBody): Promise<DetectionSettingsResponse> {
  return request('/api/detection/settings', { method: 'PUT', body });
}
