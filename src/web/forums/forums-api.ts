/**
 * The forums over HTTP (docs/forums.md "API"): the municipality's forums and a forum's meetings.
 * Shapes come from the zod schemas (type-only imports: zod stays out of the bundle).
 */
import type { z } from 'zod';
import type {
  ForumListResponse,
  ForumMeetingsResponse,
  ForumMeetingView,
  ForumView,
} from '../../core/api/forums.ts';
import { request } from '../api.ts';
import type { PermissionRule } from '../types.ts';

export type Forum = ForumView;
export type ForumMeeting = ForumMeetingView;
export type ForumMeetings = z.infer<typeof ForumMeetingsResponse>;
export type ForumDay = ForumMeetings['meetings'][number];

/** The forums are read by their members and by those who set them up (`GET /api/forums`). */
export const FORUMS_PERMISSION = {
  anyOf: ['forums:member', 'forums:manage'],
} as const satisfies PermissionRule;

export const STATUS_LABELS: Record<ForumMeeting['status'], string> = {
  planned: 'Planlagt',
  published: 'Offentliggjort',
  closed: 'Afsluttet',
};

const id = encodeURIComponent;

export const FORUMS_KEY = ['forums'] as const;
export const forumMeetingsKey = (forumId: string) => ['forums', 'meetings', forumId] as const;

export async function fetchForums(signal?: AbortSignal): Promise<Forum[]> {
  return (await request<z.infer<typeof ForumListResponse>>('/api/forums', { signal })).forums;
}

/** The rhythm's days and the planned meetings of the next 3 months (the server's default). */
export async function fetchForumMeetings(forumId: string, signal?: AbortSignal): Promise<ForumMeetings> {
  return request(`/api/forums/${id(forumId)}/meetings`, { signal });
}

/** Planning a day twice gives the same meeting (200), so a retried click plans nothing new. */
export async function planForumMeeting(forumId: string, heldOn: string): Promise<ForumMeeting> {
  return request(`/api/forums/${id(forumId)}/meetings`, { method: 'POST', body: { heldOn } });
}

export async function stepForumMeeting(meetingId: string, step: 'publish' | 'close'): Promise<unknown> {
  return request(`/api/forum-meetings/${id(meetingId)}/${step}`, { method: 'POST', body: {} });
}
