import { z } from 'zod';
import { Ref, strict } from './common.ts';
import { CalendarDate, Id, text, Version } from './types.ts';

/** Case work over HTTP (docs/casework.md): the case, its assignments and who may be assigned. */

export const CLOSE_REASONS = [
  'goals_met',
  'moved_away',
  'turned_23',
  'transferred',
  'no_longer_needed',
  'other',
] as const;
export const RESPONSIBLE_TEAMS = ['family_team', 'disability_team', 'youth_team'] as const;

// ---- cases ----------------------------------------------------------------------------------

export const CaseCreateRequest = strict({
  childId: Id,
  reason: text(2000, 'Begrundelsen'),
  awareOn: CalendarDate,
  responsibleTeam: z.enum(RESPONSIBLE_TEAMS).optional(),
  caseworkerId: Id.optional(),
});
export type CaseCreateRequest = z.infer<typeof CaseCreateRequest>;

export const CasePatchRequest = strict({
  version: Version,
  caseworkerId: Id.nullable().optional(),
  fosterCareConsultantId: Id.nullable().optional(),
  contactPersonId: Id.nullable().optional(),
  /** why a (re)assignment was made; kept in the assignment history */
  assignmentReason: text(1000, 'Begrundelsen').optional(),
  responsibleTeam: z.enum(RESPONSIBLE_TEAMS).optional(),
  parentServicesContact: text(300, 'Kontakten i voksen- eller beskæftigelsesområdet').nullable().optional(),
  awareOn: CalendarDate.optional(),
  close: strict({ reason: z.enum(CLOSE_REASONS), note: text(2000, 'Bemærkningen') }).optional(),
});
export type CasePatchRequest = z.infer<typeof CasePatchRequest>;

export const CaseChild = z.object({
  id: z.string(),
  name: z.string(),
  birthDate: z.string(),
  age: z.number(),
  cpr: z.string(),
  householdId: z.string().nullable(),
});

export const CaseView = z.object({
  id: z.string(),
  version: z.number(),
  child: CaseChild,
  district: Ref,
  caseworker: Ref.nullable(),
  fosterCareConsultant: Ref.nullable(),
  contactPerson: Ref.nullable(),
  responsibleTeam: z.enum(RESPONSIBLE_TEAMS).nullable(),
  parentServicesContact: z.string().nullable(),
  openedAt: z.string(),
  openedReason: z.string(),
  awareOn: z.string().nullable(),
  closedAt: z.string().nullable(),
  closeReason: z.enum(CLOSE_REASONS).nullable(),
  closedNote: z.string().nullable(),
  /** the child's current step on the ladder (0 = everyday life) */
  currentStep: z.object({ position: z.number(), name: z.string() }),
  /** siblings in the household and their open cases: the family view */
  siblings: z.array(
    z.object({ childId: z.string(), name: z.string(), age: z.number(), caseId: z.string().nullable() }),
  ),
  /** the caller's access: what the page may offer */
  access: z.object({
    write: z.boolean(),
    networkWrite: z.boolean(),
    assign: z.boolean(),
    close: z.boolean(),
    teamRead: z.boolean(),
    emergency: z.boolean(),
  }),
});
export type CaseView = z.infer<typeof CaseView>;

export const CaseAssignmentView = z.object({
  responsibility: z.enum(['caseworker', 'foster_care_consultant', 'contact_person']),
  user: Ref.nullable(),
  assignedBy: Ref,
  assignedAt: z.string(),
  reason: z.string().nullable(),
});

/** `GET /api/casework/assignable-users`: who a leader may assign to a responsibility on a case. */
export const AssignableUsersQuery = strict({
  responsibility: z.enum(['caseworker', 'foster_care_consultant', 'contact_person'], {
    message: 'Ansvaret skal være caseworker, foster_care_consultant eller contact_person.',
  }),
});
export type AssignableUsersQuery = z.infer<typeof AssignableUsersQuery>;
export const AssignableUsersResponse = z.object({
  responsibility: AssignableUsersQuery.shape.responsibility,
  /** active users of a fitting role, by name: their name and districts, nothing else */
  users: z.array(z.object({ id: z.string(), name: z.string(), districts: z.array(Ref) })),
});
export type AssignableUsersResponse = z.infer<typeof AssignableUsersResponse>;
