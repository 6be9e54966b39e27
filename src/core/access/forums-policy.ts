import { type ForumKind, isPerDistrict } from '../forums/kinds.ts';
import { type CaseFacts, decideCaseAccess } from './case-policy.ts';
import type { Role } from './roles.ts';

/**
 * Who may do what with the forums (issue #12 item 8, domain.md "forum member"). Read the table as
 * the specification:
 *
 * - A member of a forum reads the agenda items of its meetings (case summary, proposal, what was
 *   tried) from the agenda's publication until the meeting closes; never the full case, and not
 *   before or after. Membership is the right; the role only bars those who may see no child's data
 *   (Front reads reports only, the analyst figures only, admin and the data-protection officer none).
 * - Members of the political review see no person identifiers: their view is pseudonymised.
 * - The chair (a leader) prepares the agenda, publishes it, records the decisions and closes the
 *   meeting; a closed meeting is locked. The chair reads the meeting in every state, to prepare it
 *   and sign the minutes.
 * - The caseworker proposes (indstiller) on the cases it may write (case-policy.ts `write`).
 * - Forums are set up (members, rhythm) by the administrator for the municipality, and by a leader
 *   for the district forums of its own districts.
 * - A leader approves (bevilger) costly measures on the cases of its own districts, and records an
 *   emergency decision to place a child of its own districts at once (BL § 49-type acute cases).
 * - The forums' local rules (specialised steps, intervals, validity, approval thresholds) are the
 *   municipality's: the administrator sets them.
 *
 * Deny by default: a right not named here is not given.
 */

export interface ForumPolicy {
  /** may read a forum's agenda as its member */
  memberRead: boolean;
  /** may chair a forum */
  chair: boolean;
  /** may set forums up: all of the municipality's, or the district forums of its own districts */
  manage: 'municipality' | 'own_districts' | null;
  /** may approve measures above the cost threshold on cases of its own districts */
  approveMeasures: boolean;
  /** may record an emergency decision to place a child of its own districts at once */
  decideEmergency: boolean;
}

const NOTHING: ForumPolicy = {
  memberRead: false,
  chair: false,
  manage: null,
  approveMeasures: false,
  decideEmergency: false,
};
const MEMBER: ForumPolicy = { ...NOTHING, memberRead: true };

export const FORUM_POLICY: Readonly<Record<Role, ForumPolicy>> = {
  professional: MEMBER,
  front: NOTHING,
  preventive_worker: MEMBER,
  caseworker: MEMBER,
  foster_care_consultant: MEMBER,
  leader: {
    memberRead: true,
    chair: true,
    manage: 'own_districts',
    approveMeasures: true,
    decideEmergency: true,
  },
  analyst: NOTHING,
  admin: { ...NOTHING, manage: 'municipality' },
  data_protection_officer: NOTHING,
};

export type MeetingStatus = 'planned' | 'published' | 'closed';

/** What a user is to one meeting, found by the store. */
export interface MeetingFacts {
  member: boolean;
  chair: boolean;
  status: MeetingStatus;
}

/** `case_summary`: the agenda items' summaries; `pseudonymised`: age, step, duration, cost, progress. */
export type AgendaView = 'case_summary' | 'pseudonymised';

export type AgendaAccess = { allowed: true; view: AgendaView; as: 'member' | 'chair' } | { allowed: false };

export function agendaView(kind: ForumKind): AgendaView {
  return kind === 'political_review' ? 'pseudonymised' : 'case_summary';
}

/** May this user read this meeting's agenda, and in which view (the read is audited with the meeting)? */
export function decideAgendaRead(role: Role, kind: ForumKind, facts: MeetingFacts): AgendaAccess {
  const policy = FORUM_POLICY[role];
  if (facts.chair && policy.chair) return { allowed: true, view: agendaView(kind), as: 'chair' };
  if (facts.member && policy.memberRead && facts.status === 'published') {
    return { allowed: true, view: agendaView(kind), as: 'member' };
  }
  return { allowed: false };
}

export type MeetingAction = 'edit_agenda' | 'publish' | 'decide' | 'close';

/** The state each action needs: the agenda is prepared before publication, decided on after it. */
const ACTION_STATUS: Readonly<Record<MeetingAction, MeetingStatus>> = {
  edit_agenda: 'planned',
  publish: 'planned',
  decide: 'published',
  close: 'published',
};

/** Is this user the meeting's chair, with a role that may chair? Who may act on it in its right state. */
export function isMeetingChair(role: Role, facts: Pick<MeetingFacts, 'chair'>): boolean {
  return FORUM_POLICY[role].chair && facts.chair;
}

/** May this user do this to the meeting? Only its chair, and never to a closed (locked) meeting. */
export function mayActOnMeeting(role: Role, action: MeetingAction, facts: MeetingFacts): boolean {
  return isMeetingChair(role, facts) && facts.status === ACTION_STATUS[action];
}

/** May this role set up (members, rhythm) a forum of this kind, given whether it is of its districts? */
export function mayManageForum(role: Role, kind: ForumKind, inOwnDistricts: boolean): boolean {
  const manage = FORUM_POLICY[role].manage;
  if (manage === 'municipality') return true;
  return manage === 'own_districts' && isPerDistrict(kind) && inOwnDistricts;
}

/** May this role propose a measure to a forum on this case: those who may write it. */
export function mayPropose(role: Role, facts: CaseFacts): boolean {
  return decideCaseAccess(role, 'write', facts).allowed;
}

/** May this role approve or reject a costly measure on a case (of its own districts)? */
export function mayApproveMeasure(role: Role, caseInOwnDistricts: boolean): boolean {
  return FORUM_POLICY[role].approveMeasures && caseInOwnDistricts;
}

/** May this role record an emergency placement decision on a case (of its own districts)? */
export function mayDecideEmergency(role: Role, caseInOwnDistricts: boolean): boolean {
  return FORUM_POLICY[role].decideEmergency && caseInOwnDistricts;
}

/** May this role read and change the municipality's forum rules and approval thresholds? */
export function mayEditForumSettings(role: Role): boolean {
  return FORUM_POLICY[role].manage === 'municipality';
}

export const FORUM_PERMISSIONS = [
  'forums:member',
  'forums:chair',
  'forums:manage',
  'forums:settings',
  'measures:approve',
  'forums:emergency',
] as const;
export type ForumPermission = (typeof FORUM_PERMISSIONS)[number];

/** What the interface may offer a role (menus); the server checks membership and the meeting again. */
export function forumPermissionsOf(role: Role): ForumPermission[] {
  const p = FORUM_POLICY[role];
  const out: ForumPermission[] = [];
  if (p.memberRead) out.push('forums:member');
  if (p.chair) out.push('forums:chair');
  if (p.manage) out.push('forums:manage');
  if (p.manage === 'municipality') out.push('forums:settings');
  if (p.approveMeasures) out.push('measures:approve');
  if (p.decideEmergency) out.push('forums:emergency');
  return out;
}
