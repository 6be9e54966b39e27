import { request, withQuery } from '../api.ts';
import type { ChildDetail, ChildSummary } from '../types.ts';

export async function searchChildren(q: string, signal?: AbortSignal): Promise<ChildSummary[]> {
  const body = await request<{ children: ChildSummary[] }>(withQuery('/api/children', { q }), { signal });
  return body.children;
}

export async function fetchChild(id: string, signal?: AbortSignal): Promise<ChildDetail> {
  const body = await request<{ child: ChildDetail }>(`/api/children/${encodeURIComponent(id)}`, { signal });
  return body.child;
}

export async function requestEmergencyAccess(id: string, reason: string): Promise<{ expiresAt: string }> {
  return request(`/api/children/${encodeURIComponent(id)}/emergency-access`, {
    method: 'POST',
    body: { reason },
  });
}

export const fullName = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`;
