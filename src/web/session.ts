import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { ApiError, request, setCsrfToken } from './api.ts';
import type { Permission, PermissionRule, SessionResponse, SessionUser } from './types.ts';

export const SESSION_KEY = ['session'] as const;
/** Set when a request found the session gone, so the login page can say why the user is there. */
export const EXPIRED_KEY = ['session-expired'] as const;

/** The signed-in user, or null when there is no session (401). */
async function fetchSession(): Promise<SessionResponse | null> {
  try {
    const session = await request<SessionResponse>('/api/session', { quietUnauthenticated: true });
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(undefined);
      return null;
    }
    throw error;
  }
}

export function useSession() {
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: fetchSession,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

/** The user of a page that is only rendered inside RequireSession. */
export function useUser(): SessionUser {
  const { data } = useSession();
  if (!data) throw new Error('useUser outside RequireSession');
  return data.user;
}

/**
 * What the interface may offer, from the session's one `permissions` list (the server builds it
 * from every area's policy, on call included, and checks every request again). A list means all
 * of them: the intake queue is for those who both read and screen reports; `anyOf`, one of them.
 */
export function can(user: SessionUser, permission: PermissionRule): boolean {
  const held = (p: Permission) => user.permissions.includes(p);
  if (typeof permission === 'string') return held(permission);
  if ('anyOf' in permission) return permission.anyOf.some(held);
  return permission.allOf.every(held);
}

/** `can` for the signed-in user of a page inside RequireSession. */
export function useCan(): (permission: PermissionRule) => boolean {
  const user = useUser();
  return (permission) => can(user, permission);
}

export async function logIn(username: string, password: string): Promise<SessionResponse> {
  const session = await request<SessionResponse>('/api/session', {
    method: 'POST',
    body: { username, password },
    quietUnauthenticated: true,
  });
  setCsrfToken(session.csrfToken);
  return session;
}

/**
 * Ends the session and forgets every cached answer, so no person data stays in memory after
 * logout on a shared municipal laptop.
 */
export function useLogOut() {
  const client = useQueryClient();
  return useCallback(async () => {
    try {
      await request<void>('/api/session', { method: 'DELETE', quietUnauthenticated: true });
    } finally {
      setCsrfToken(undefined);
      client.clear();
      client.setQueryData(SESSION_KEY, null);
    }
  }, [client]);
}

/**
 * Where each role's work is. All roles land on the start page for now; the start page says what
 * will be there. When an area gets its own page (Mit overblik, the intake queue), change it here.
 */
export function startPathFor(_user: SessionUser): string {
  return '/';
}
