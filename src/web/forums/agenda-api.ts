/**
 * Proposals, agendas and decisions over HTTP (docs/forums.md "Proposals, agendas, decisions").
 * Shapes come from the zod schemas (type-only imports: zod stays out of the bundle).
 */
import type { z } from 'zod';
import type {
  AgendaItemView,
  AgendaResponse,
  DecisionCreateRequest,
  DecisionView,
  ProposalCreateRequest,
  ProposalListResponse,
  ProposalView,
} from '../../core/api/forums-agenda.ts';
import { request } from '../api.ts';

export type Proposal = ProposalView;
export type Agenda = AgendaResponse;
export type AgendaItem = AgendaItemView;
export type Decision = DecisionView;

const id = encodeURIComponent;

export const proposalsKey = (caseId: string) => ['forums', 'proposals', caseId] as const;
export const MY_PROPOSALS_KEY = ['forums', 'proposals', 'mine'] as const;
export const agendaKey = (meetingId: string) => ['forums', 'agenda', meetingId] as const;

export async function fetchProposals(caseId: string, signal?: AbortSignal): Promise<Proposal[]> {
  const body = await request<z.infer<typeof ProposalListResponse>>(`/api/cases/${id(caseId)}/proposals`, {
    signal,
  });
  return body.proposals;
}

export async function fetchMyProposals(signal?: AbortSignal): Promise<Proposal[]> {
  return (await request<z.infer<typeof ProposalListResponse>>('/api/proposals/mine', { signal })).proposals;
}

export function createProposal(
  caseId: string,
  body: z.input<typeof ProposalCreateRequest>,
): Promise<Proposal> {
  return request(`/api/cases/${id(caseId)}/proposals`, { method: 'POST', body });
}

export function fetchAgenda(meetingId: string, signal?: AbortSignal): Promise<Agenda> {
  return request(`/api/forum-meetings/${id(meetingId)}/agenda`, { signal });
}

export function createDecision(
  meetingId: string,
  body: z.input<typeof DecisionCreateRequest>,
): Promise<Decision> {
  return request(`/api/forum-meetings/${id(meetingId)}/decisions`, { method: 'POST', body });
}

/** Where a proposal stands, in Danish. */
export function proposalStatusText(p: Proposal, date: (d: string) => string): string {
  const s = p.status;
  if (s.state === 'decided')
    return `Afgjort ${date(s.decidedOn)}: ${s.outcomeLabel.toLowerCase()} (trin ${s.stepPosition})`;
  if (s.state === 'on_agenda') return `På dagsordenen for ${s.meeting.forumName} ${date(s.meeting.heldOn)}`;
  return s.nextMeetingOn
    ? `Venter: næste møde efter mødeplanen ${date(s.nextMeetingOn)}`
    : 'Venter på et møde';
}

export const OUTCOME_CHOICES = [
  ['approved', 'Godkendt'],
  ['alternative', 'Alternativ på et lavere trin'],
  ['postponed', 'Udsat'],
  ['rejected', 'Afvist'],
] as const;

export const SCHOOL_CHOICES = [
  ['ordinary_school', 'Almindelig skole'],
  ['special_class', 'Specialklasse'],
  ['internal_school', 'Intern skole'],
] as const;
