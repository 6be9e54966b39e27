import { decisionValidUntil } from '../../core/forums/gate.ts';
import {
  type AgendaItem,
  type AgendaRule,
  compareAgendaItems,
  type ForumKind,
} from '../../core/forums/index.ts';
import { toDate } from '../dates.ts';
import type { Random } from '../random.ts';
import type { ForumDecisionRow, ForumProposalRow, ForumsData } from './rows.ts';
import { type ForumCalendar, instant } from './setup.ts';

/**
 * Writes proposals and decisions as a forum's chair would record them at a closed meeting, and
 * keeps each decided item for the meeting's stored agenda (written last, in the rules' order).
 */

export interface Subject {
  caseId: string;
  childId: string;
  districtId: string;
}

export type DecisionFields = Pick<
  ForumDecisionRow,
  'rule' | 'outcome' | 'step_position' | 'offer_id' | 'placement' | 'without_consent' | 'reasons'
> &
  Partial<Pick<ForumDecisionRow, 'school_placement' | 'missing' | 'proposal_id'>> & {
    source: { kind: 'proposal' | 'decision' | 'child'; id: string };
    /** why the item was on the agenda, and since when it was due */
    agendaReason: string;
    dueOn: number;
  };

export type ProposalFields = Pick<
  ForumProposalRow,
  | 'forum_kind'
  | 'offer_ids'
  | 'step_position'
  | 'specialised_offer'
  | 'placement'
  | 'without_consent'
  | 'reason'
  | 'network_contribution'
  | 'tried'
  | 'views'
  | 'proposed_by'
> & { on: number };

interface StoredItem extends AgendaItem {
  meetingId: string;
}

export class Recorder {
  private n = 0;
  private readonly items: StoredItem[] = [];
  private readonly councils: Map<string, ForumCalendar>;
  private readonly others: Map<ForumKind, ForumCalendar>;

  constructor(
    readonly municipalityId: string,
    readonly random: Random,
    readonly ids: Random,
    readonly today: number,
    readonly out: ForumsData,
    calendars: readonly ForumCalendar[],
  ) {
    this.councils = new Map(
      calendars.flatMap((c) => (c.forum.district_id ? [[c.forum.district_id, c] as const] : [])),
    );
    this.others = new Map(
      calendars.flatMap((c) => (c.forum.district_id ? [] : [[c.forum.kind, c] as const])),
    );
  }

  council(districtId: string): ForumCalendar {
    const cal = this.councils.get(districtId);
    if (!cal) throw new Error(`No council in district ${districtId}`);
    return cal;
  }

  forum(kind: Exclude<ForumKind, 'creative_council'>): ForumCalendar {
    const cal = this.others.get(kind);
    if (!cal) throw new Error(`No ${kind}`);
    return cal;
  }

  key(what: string): string {
    return `demo-${what}-${String(++this.n).padStart(6, '0')}`;
  }

  propose(subject: Subject, f: ProposalFields): ForumProposalRow {
    const { on, ...fields } = f;
    const row: ForumProposalRow = {
      municipality_id: this.municipalityId,
      id: this.ids.uuid(),
      case_id: subject.caseId,
      child_id: subject.childId,
      district_id: subject.districtId,
      ...fields,
      proposed_on: toDate(on),
      created_at: instant(on, this.random.int(7 * 60, 14 * 60)),
      idempotency_key: this.key('proposal'),
      request_hash: 'demo',
    };
    this.out.forum_proposal.push(row);
    return row;
  }

  /** A decision at the forum's meeting on `day`, which must be a closed one. */
  decide(cal: ForumCalendar, day: number, subject: Subject, f: DecisionFields): ForumDecisionRow {
    const meeting = cal.meetings.get(day);
    if (!meeting?.closed_at) throw new Error(`${cal.forum.name} held no closed meeting on ${toDate(day)}`);
    const { source, agendaReason, dueOn, ...fields } = f;
    const decidedOn = toDate(day);
    const row: ForumDecisionRow = {
      municipality_id: this.municipalityId,
      id: this.ids.uuid(),
      meeting_id: meeting.id,
      forum_id: cal.forum.id,
      forum_kind: cal.forum.kind,
      case_id: subject.caseId,
      child_id: subject.childId,
      district_id: subject.districtId,
      source_kind: source.kind,
      source_id: source.id,
      proposal_id: null,
      school_placement: null,
      missing: null,
      ...fields,
      valid_until: fields.outcome === 'approved' ? decisionValidUntil(decidedOn) : null,
      participants: meeting.participants,
      decided_on: decidedOn,
      decided_by: cal.chairId,
      created_at: instant(day, this.random.int(10 * 60, 13 * 60)),
      idempotency_key: this.key('decision'),
      request_hash: 'demo',
    };
    this.out.forum_decision.push(row);
    this.items.push({
      meetingId: meeting.id,
      forumKind: cal.forum.kind,
      caseId: subject.caseId,
      childId: subject.childId,
      rule: f.rule as AgendaRule,
      source,
      reason: agendaReason,
      dueOn: toDate(dueOn),
    });
    return row;
  }

  /** The closed meetings' agendas: each meeting's decided items in the rules' order. */
  writeAgendas(): void {
    const byMeeting = new Map<string, StoredItem[]>();
    for (const i of this.items) byMeeting.set(i.meetingId, [...(byMeeting.get(i.meetingId) ?? []), i]);
    for (const meeting of this.out.forum_meeting) {
      const items = (byMeeting.get(meeting.id) ?? []).sort(compareAgendaItems);
      for (const [k, i] of items.entries())
        this.out.forum_agenda_item.push({
          municipality_id: this.municipalityId,
          meeting_id: meeting.id,
          position: k + 1,
          rule: i.rule,
          case_id: i.caseId,
          child_id: i.childId,
          source_kind: i.source.kind,
          source_id: i.source.id,
          reason: i.reason,
          due_on: i.dueOn,
        });
    }
  }
}
