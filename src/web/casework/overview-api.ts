/**
 * Case work's second half over HTTP (src/core/api/casework-overview.ts): "Mit overblik", the
 * leader's supervision, the settings, and the network, journal and chronology
 * of a case. Shapes come from the zod schemas (type-only imports: zod stays out of the bundle).
 */
import type { z } from 'zod';
import type { CaseAssignmentView, CasePatchRequest, CaseView } from '../../core/api/casework-cases.ts';
import type {
  CaseloadView,
  CaseworkSettingsView as CaseworkSettings,
  ChronologyResponse,
  JournalEntryRequest,
  JournalEntryView,
  MyCasesResponse,
  NetworkMemberCreateRequest,
  NetworkMemberPatchRequest,
  NetworkMemberView,
  SupervisionCasesResponse,
} from '../../core/api/casework-overview.ts';
import { request } from '../api.ts';

export type {
  CaseworkSettings,
  JournalEntryRequest,
  JournalEntryView,
  NetworkMemberCreateRequest,
  NetworkMemberPatchRequest,
  NetworkMemberView,
};
export type MyCase = MyCasesResponse[number];
export type Caseload = z.infer<typeof CaseloadView>;
export type SupervisionCases = SupervisionCasesResponse;
export type Chronology = ChronologyResponse;
export type CaseAssignment = z.infer<typeof CaseAssignmentView>;
export type { CaseView };

const id = encodeURIComponent;

export const CASEWORK_OVERVIEW_KEY = ['casework-overview'] as const;
export const MY_CASES_KEY = ['casework-overview', 'mine'] as const;
export const MY_CASELOAD_KEY = ['casework-overview', 'caseload'] as const;
export const SUPERVISION_CASES_KEY = ['casework-overview', 'supervision'] as const;
export const CASEWORK_SETTINGS_KEY = ['casework-overview', 'settings'] as const;
export const networkKey = (caseId: string) => ['case', caseId, 'network'] as const;
export const journalKey = (caseId: string) => ['case', caseId, 'journal'] as const;
export const chronologyKey = (caseId: string) => ['case', caseId, 'chronology'] as const;
export const assignmentsKey = (caseId: string) => ['case', caseId, 'assignments'] as const;
export const caseKey = (caseId: string) => ['case', caseId] as const;

/**
 * A list answer, whether the server sends the array itself or wrapped in one named field
 * (`{members: […]}`): the contract names the items, not the envelope.
 */
function listOf<T>(body: unknown, field: string): T[] {
  if (Array.isArray(body)) return body as T[];
  if (body && typeof body === 'object') {
    const value = (body as Record<string, unknown>)[field];
    if (Array.isArray(value)) return value as T[];
  }
  return [];
}

/** A single record, whether sent as itself or wrapped in one named field (`{member: {…}}`). */
function oneOf<T>(body: unknown, field: string): T {
  if (body && typeof body === 'object' && field in body) return (body as Record<string, T>)[field] as T;
  return body as T;
}

export async function fetchMyCases(signal?: AbortSignal): Promise<MyCase[]> {
  return listOf<MyCase>(await request('/api/cases/mine', { signal }), 'cases');
}

export async function fetchMyCaseload(signal?: AbortSignal): Promise<Caseload> {
  return oneOf<Caseload>(await request('/api/cases/mine/caseload', { signal }), 'caseload');
}

export async function fetchSupervisionCases(signal?: AbortSignal): Promise<SupervisionCases> {
  return request('/api/supervision/cases', { signal });
}

export async function fetchCase(caseId: string, signal?: AbortSignal): Promise<CaseView> {
  return oneOf<CaseView>(await request(`/api/cases/${id(caseId)}`, { signal }), 'case');
}

export async function patchCase(caseId: string, body: CasePatchRequest): Promise<CaseView> {
  return oneOf<CaseView>(await request(`/api/cases/${id(caseId)}`, { method: 'PATCH', body }), 'case');
}

export async function fetchAssignments(caseId: string, signal?: AbortSignal): Promise<CaseAssignment[]> {
  return listOf<CaseAssignment>(
    await request(`/api/cases/${id(caseId)}/assignments`, { signal }),
    'assignments',
  );
}

export async function fetchSettings(signal?: AbortSignal): Promise<CaseworkSettings> {
  return oneOf<CaseworkSettings>(await request('/api/casework/settings', { signal }), 'settings');
}

export async function saveSettings(body: CaseworkSettings): Promise<CaseworkSettings> {
  return oneOf<CaseworkSettings>(
    await request('/api/casework/settings', { method: 'PUT', body }),
    'settings',
  );
}

export async function fetchNetwork(caseId: string, signal?: AbortSignal): Promise<NetworkMemberView[]> {
  return listOf<NetworkMemberView>(await request(`/api/cases/${id(caseId)}/network`, { signal }), 'members');
}

export async function addNetworkMember(
  caseId: string,
  body: NetworkMemberCreateRequest,
): Promise<NetworkMemberView> {
  return oneOf<NetworkMemberView>(
    await request(`/api/cases/${id(caseId)}/network`, { method: 'POST', body }),
    'member',
  );
}

export async function patchNetworkMember(
  memberId: string,
  body: NetworkMemberPatchRequest,
): Promise<NetworkMemberView> {
  return oneOf<NetworkMemberView>(
    await request(`/api/network-members/${id(memberId)}`, { method: 'PATCH', body }),
    'member',
  );
}

export async function fetchJournal(caseId: string, signal?: AbortSignal): Promise<JournalEntryView[]> {
  return listOf<JournalEntryView>(await request(`/api/cases/${id(caseId)}/journal`, { signal }), 'entries');
}

export async function addJournalEntry(caseId: string, body: JournalEntryRequest): Promise<JournalEntryView> {
  return oneOf<JournalEntryView>(
    await request(`/api/cases/${id(caseId)}/journal`, { method: 'POST', body }),
    'entry',
  );
}

export async function fetchChronology(caseId: string, signal?: AbortSignal): Promise<Chronology> {
  return request(`/api/cases/${id(caseId)}/chronology`, { signal });
}
