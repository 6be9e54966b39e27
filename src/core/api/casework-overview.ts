import { z } from 'zod';
import { CASE_RULE_IDS } from './casework.ts';
import { CaseChild } from './casework-cases.ts';
import { Ref, strict } from './common.ts';
import { freeText, Id, IdempotencyKey, Instant, int4, Text, text, Version } from './types.ts';

/**
 * Case work over HTTP, part two (docs/casework.md): the network map, the journal and the
 * chronology, "Mit overblik", the leader's supervision and figures F9, F11, F12.
 */

export const NETWORK_CONTRIBUTIONS = [
  'pick_up',
  'weekends',
  'support',
  'practical_help',
  'respite',
  'network_foster_family',
] as const;

const NetworkFields = {
  name: text(200, 'Navnet'),
  relation: text(100, 'Relationen'),
  closeness: z.enum(['close', 'middle', 'distant']),
  contributions: z.array(z.enum(NETWORK_CONTRIBUTIONS)).max(6),
  phone: Text.trim()
    .min(3, { message: 'Telefonnummeret skal være 3–40 tegn.' })
    .max(40, { message: 'Telefonnummeret skal være 3–40 tegn.' })
    .nullable()
    .optional(),
  notes: freeText(4000, 'Noterne').nullable().optional(),
};
export const NetworkMemberCreateRequest = strict({
  ...NetworkFields,
  /** a retry with the same key returns the same person (200) */
  idempotencyKey: IdempotencyKey.optional(),
});
export type NetworkMemberCreateRequest = z.infer<typeof NetworkMemberCreateRequest>;
export const NetworkMemberPatchRequest = strict({
  version: Version,
  name: NetworkFields.name.optional(),
  relation: NetworkFields.relation.optional(),
  closeness: NetworkFields.closeness.optional(),
  contributions: NetworkFields.contributions.optional(),
  phone: NetworkFields.phone,
  notes: NetworkFields.notes,
  active: z.boolean().optional(),
});
export type NetworkMemberPatchRequest = z.infer<typeof NetworkMemberPatchRequest>;

export const NetworkMemberView = z.object({
  id: z.string(),
  version: z.number(),
  name: z.string(),
  relation: z.string(),
  closeness: z.enum(['close', 'middle', 'distant']),
  contributions: z.array(z.enum(NETWORK_CONTRIBUTIONS)),
  phone: z.string().nullable(),
  notes: z.string().nullable(),
  active: z.boolean(),
});
export type NetworkMemberView = z.infer<typeof NetworkMemberView>;

export const JOURNAL_KINDS = ['conversation', 'home_visit', 'meeting', 'phone', 'decision', 'note'] as const;
/** Journal kinds that count as contact with the family (quiet cases). */
export const CONTACT_KINDS = ['conversation', 'home_visit', 'meeting', 'phone'] as const;

export const JournalEntryRequest = strict({
  kind: z.enum(JOURNAL_KINDS),
  occurredAt: Instant,
  text: text(20000, 'Notatet'),
  correctsId: Id.optional(),
  idempotencyKey: IdempotencyKey.optional(),
});
export type JournalEntryRequest = z.infer<typeof JournalEntryRequest>;

export const JournalEntryView = z.object({
  id: z.string(),
  kind: z.enum(JOURNAL_KINDS),
  occurredAt: z.string(),
  text: z.string(),
  writtenBy: Ref,
  writtenAt: z.string(),
  correctsId: z.string().nullable(),
  /** a later entry corrects this one */
  correctedById: z.string().nullable(),
});
export type JournalEntryView = z.infer<typeof JournalEntryView>;

export const CHRONOLOGY_KINDS = [
  'report',
  'meeting_decision',
  'case_opened',
  'case_closed',
  'assignment',
  'assessment_started',
  'assessment_completed',
  'child_conversation',
  'family_meeting',
  'plan',
  'emergency_decision',
  'forum_decision',
  'written_decision',
  'measure_started',
  'measure_ended',
  'ladder_move',
  'follow_up',
  'journal',
  'document_sent',
] as const;

export const ChronologyEvent = z.object({
  on: z.string(),
  kind: z.enum(CHRONOLOGY_KINDS),
  title: z.string(),
  detail: z.string().nullable(),
  entityId: z.string().nullable(),
});
export const ChronologyResponse = z.object({ caseId: z.string(), events: z.array(ChronologyEvent) });
export type ChronologyResponse = z.infer<typeof ChronologyResponse>;

export const NextDeadline = z.object({
  rule: z.enum(CASE_RULE_IDS),
  label: z.string(),
  dueOn: z.string(),
  dueAt: z.string(),
});

export const MyCase = z.object({
  caseId: z.string(),
  child: CaseChild.pick({ id: true, name: true, birthDate: true, age: true }),
  district: Ref,
  currentStep: z.number(),
  nextDeadline: NextDeadline.nullable(),
  overdue: z.boolean(),
  overdueCount: z.number(),
  /** last contact (or opening) when older than the quiet limit; else null */
  quietSince: z.string().nullable(),
  noProgressMeasures: z.number(),
});
export const MyCasesResponse = z.array(MyCase);
export type MyCasesResponse = z.infer<typeof MyCasesResponse>;

/** target and state are null for roles the caseload target is not for (caseloadFor). */
export const CaseloadView = z.object({
  openCases: z.number(),
  target: z.number().nullable(),
  state: z.enum(['under', 'at', 'over']).nullable(),
});

export const SupervisionCasesResponse = z.object({
  asOf: z.string(),
  quietWeeks: z.number(),
  caseloadTarget: z.number(),
  caseworkers: z.array(
    z.object({
      user: Ref,
      role: z.string(),
      districts: z.array(Ref),
      caseload: CaseloadView,
      overdue: z.object({
        assessments: z.number(),
        plans: z.number(),
        followUps: z.number(),
        visits: z.number(),
      }),
      quietCases: z.number(),
    }),
  ),
  /** open cases of the leader's districts with no caseworker */
  unassigned: z.array(z.object({ caseId: z.string(), child: Ref, district: Ref, openedAt: z.string() })),
  /** every overdue deadline, for drilling down */
  overdueItems: z.array(
    z.object({
      caseId: z.string(),
      child: Ref,
      caseworker: Ref.nullable(),
      rule: z.enum(CASE_RULE_IDS),
      label: z.string(),
      dueOn: z.string(),
    }),
  ),
});
export type SupervisionCasesResponse = z.infer<typeof SupervisionCasesResponse>;

export const CaseworkSettingsView = strict({
  quietWeeks: int4('Antal uger', 1, 52),
  caseloadTarget: int4('Sagsmålet', 1, 200),
  homeFollowUpMonths: int4('Antal måneder', 1, 12),
  placementFollowUpWeeks: int4('Antal uger', 1, 52),
});
export type CaseworkSettingsView = z.infer<typeof CaseworkSettingsView>;
