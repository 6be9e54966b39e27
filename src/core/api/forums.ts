import { z } from 'zod';
import { FORUM_KINDS } from '../forums/kinds.ts';
import { MAX_EVERY_WEEKS, type MeetingRhythm, rhythmProblem } from '../forums/rhythm.ts';
import { Ref, strict } from './common.ts';
import { Participant } from './intake.ts';
import { CalendarDate, Id, IdempotencyKey, int4, text } from './types.ts';

/** The forums over HTTP (docs/forums.md "API"). Requests are strict: unknown fields are refused. */

const weekday = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)], {
  message: 'Ugedagen skal være en hverdag (1 = mandag til 5 = fredag).',
});

export const RhythmBody = z
  .discriminatedUnion(
    'kind',
    [
      strict({
        kind: z.literal('weekly'),
        weekday,
        everyWeeks: int4('Antal uger mellem møderne', 1, MAX_EVERY_WEEKS),
        from: CalendarDate,
      }),
      strict({
        kind: z.literal('monthly'),
        weekday,
        nth: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal('last')], {
          message: 'Mødet skal ligge på den 1., 2., 3., 4. eller sidste ugedag i måneden.',
        }),
        from: CalendarDate,
      }),
    ],
    { message: 'Mødeplanen skal være ugentlig (weekly) eller månedlig (monthly).' },
  )
  // The core's rule is the one that decides; the shape above only gives each field its message.
  .superRefine((r, ctx) => {
    const problem = rhythmProblem(r as MeetingRhythm);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const ForumCreateRequest = strict({
  idempotencyKey: IdempotencyKey,
  kind: z.enum(FORUM_KINDS, { message: 'Ukendt slags forum.' }),
  districtId: Id.optional(),
  name: text(200, 'Navnet'),
  rhythm: RhythmBody,
}).refine((r) => (r.kind === 'creative_council') === (r.districtId !== undefined), {
  message:
    'Det Kreative Råd hører til et distrikt; de andre fora er fælles for kommunen og har intet distrikt.',
});

export const MemberAddRequest = strict({
  idempotencyKey: IdempotencyKey,
  userId: Id.optional(),
  name: text(200, 'Navnet').optional(),
  role: text(100, 'Rollen').optional(),
  chair: z.boolean().default(false),
})
  .refine((r) => (r.userId === undefined) === (r.name !== undefined && r.role !== undefined), {
    message: 'Angiv enten en bruger eller en ekstern deltager med navn og rolle.',
  })
  .refine((r) => r.userId === undefined || (r.name === undefined && r.role === undefined), {
    message: 'En bruger angives alene med sit id; navn og rolle er for eksterne deltagere.',
  })
  .refine((r) => !r.chair || r.userId !== undefined, {
    message: 'Formanden skal være en bruger af Trappen.',
  });

export const MemberView = z.object({
  id: z.string(),
  user: Ref.nullable(),
  name: z.string(),
  role: z.string(),
  chair: z.boolean(),
});

export const ForumView = z.object({
  id: z.string(),
  kind: z.enum(FORUM_KINDS),
  kindLabel: z.string(),
  district: Ref.nullable(),
  name: z.string(),
  rhythm: z.unknown(),
  rhythmText: z.string(),
  active: z.boolean(),
  members: z.array(MemberView),
});
export type ForumView = z.infer<typeof ForumView>;

export const ForumListResponse = z.object({ forums: z.array(ForumView) });

export const MeetingPlanRequest = strict({
  heldOn: CalendarDate,
  participants: z.array(Participant).max(30).default([]),
});

/** Publishing names who is called, closing who attended; without participants the list stays. */
export const ForumMeetingStepRequest = strict({
  participants: z.array(Participant).max(30).optional(),
});

export const ForumMeetingsQuery = strict({
  from: CalendarDate.optional(),
  to: CalendarDate.optional(),
});

export const ForumMeetingView = z.object({
  id: z.string(),
  forum: Ref,
  heldOn: z.string(),
  status: z.enum(['planned', 'published', 'closed']),
  participants: z.array(z.object({ userId: z.string().optional(), name: z.string(), role: z.string() })),
  publishedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
});
export type ForumMeetingView = z.infer<typeof ForumMeetingView>;

export const ForumMeetingsResponse = z.object({
  /** the forum with its members, so a page needs no second request to know its chair */
  forum: ForumView,
  from: z.string(),
  to: z.string(),
  /** every day in the period the rhythm gives or a meeting is planned on, in date order */
  meetings: z.array(
    z.object({ heldOn: z.string(), inRhythm: z.boolean(), meeting: ForumMeetingView.nullable() }),
  ),
});
