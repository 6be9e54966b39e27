import type { z } from 'zod';
import type {
  CHRONOLOGY_KINDS,
  ChronologyEvent,
  ChronologyResponse,
} from '../../core/api/casework-overview.ts';
import { type CalendarDate, copenhagenDateOf } from '../../core/calendar/zone.ts';
import { danishDate } from '../../core/detection/dates.ts';
import { MEETING_DECISION_LABELS, SOURCE_INFO } from '../../core/intake/sources.ts';
import type { ActorHandle } from '../actor-db.ts';
import { documentEvents } from '../documents/chronology.ts';
import { caseEmergencyDecisions, caseForumDecisions } from '../forums/rules.ts';
import { openCase } from './case-access.ts';
import * as q from './chronology.queries.ts';

/**
 * The chronology of a case (issue #6 point 7): the key events in date order — the child's reports
 * (date and source only: Front's screening is not case content) and the district meeting's
 * decisions, the case opened and closed, assignments, assessments, child conversations, family
 * meetings, plans, the forums' decisions and leaders' emergency decisions, the written decisions,
 * measures, moves on the ladder, follow-ups, the journal's decisions and the documents sent.
 */

type Event = z.infer<typeof ChronologyEvent>;
type Kind = (typeof CHRONOLOGY_KINDS)[number];

/** Same-day order: the natural order of a case's life. */
const KIND_ORDER: Record<Kind, number> = {
  report: 0,
  meeting_decision: 1,
  case_opened: 2,
  assignment: 3,
  assessment_started: 4,
  child_conversation: 5,
  family_meeting: 6,
  assessment_completed: 7,
  plan: 8,
  emergency_decision: 9,
  forum_decision: 10,
  written_decision: 11,
  measure_ended: 12,
  measure_started: 13,
  ladder_move: 14,
  follow_up: 15,
  journal: 16,
  document_sent: 17,
  case_closed: 18,
};

const RESPONSIBILITY: Record<string, string> = {
  caseworker: 'Sagsbehandler',
  foster_care_consultant: 'Familieplejekonsulent',
  contact_person: 'Kontaktperson',
};
const CONVERSATION_FORM: Record<string, string> = {
  conversation: 'Samtale',
  walk_and_talk: 'Walk and talk',
  play_or_drawing: 'Leg eller tegning',
  observation: 'Observation',
  with_trusted_adult: 'Med en voksen, barnet er tryg ved',
  written: 'Skriftligt',
  other: 'Anden form',
};
const END_REASON: Record<string, string> = {
  goals_met: 'målene er nået',
  step_down: 'trin ned',
  step_up: 'trin op',
  no_effect: 'ingen effekt',
  breakdown: 'sammenbrud',
  moved_away: 'fraflytning',
  turned_18: 'fyldt 18',
  turned_23: 'fyldt 23',
  other: 'anden årsag',
};
const FOLLOW_UP_KIND: Record<string, string> = {
  first: 'Første opfølgning',
  regular: 'Opfølgning',
  supervision_visit: 'Tilsynsbesøg',
  aftercare: 'Afgørelse om støtte efter 18 år',
};
const FOLLOW_UP_DECISION: Record<string, string> = {
  continue: 'fortsætter',
  adjust: 'justeres',
  step_down: 'trin ned',
  stop: 'stoppes',
};
const CLOSE_REASON: Record<string, string> = {
  goals_met: 'Målene er nået',
  moved_away: 'Fraflyttet kommunen',
  turned_23: 'Fyldt 23',
  transferred: 'Overdraget',
  no_longer_needed: 'Ikke længere behov',
  other: 'Anden årsag',
};

function ev(
  on: CalendarDate,
  kind: Kind,
  title: string,
  detail: string | null,
  entityId: string | null,
): Event {
  return { on, kind, title, detail, entityId };
}

function excerpt(text: string, max = 300): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export async function caseChronology(h: ActorHandle, caseId: string): Promise<ChronologyResponse> {
  const { tx } = h;
  const { row } = await openCase(h, caseId, 'read', { action: 'read', entityType: 'case_chronology' });
  const reports = await q.childReports(tx, row.child_id);
  const decisions = await q.reportDecisions(
    tx,
    reports.map((r) => r.id),
  );
  const events: Event[] = [];
  for (const r of reports) {
    events.push(
      ev(
        copenhagenDateOf(r.received_at),
        'report',
        'Underretning modtaget',
        SOURCE_INFO[r.source].label,
        r.id,
      ),
    );
  }
  for (const d of decisions) {
    events.push(
      ev(
        copenhagenDateOf(d.decided_at),
        'meeting_decision',
        'Distriktsmødets beslutning',
        MEETING_DECISION_LABELS[d.decision],
        d.id,
      ),
    );
  }
  events.push(
    ev(copenhagenDateOf(row.opened_at), 'case_opened', 'Sagen oprettet', row.opened_reason, row.id),
  );
  if (row.closed_at) {
    const reason = row.close_reason_code ? CLOSE_REASON[row.close_reason_code] : null;
    events.push(ev(copenhagenDateOf(row.closed_at), 'case_closed', 'Sagen lukket', reason ?? null, row.id));
  }
  for (const a of await q.assignments(tx, caseId)) {
    const who = RESPONSIBILITY[a.responsibility] ?? a.responsibility;
    events.push(
      ev(
        copenhagenDateOf(a.assigned_at),
        'assignment',
        a.user_name ? `${who}: ${a.user_name}` : `${who} fjernet`,
        null,
        a.id,
      ),
    );
  }
  for (const a of await q.assessments(tx, caseId)) {
    const name = a.kind === 'assessment' ? 'Børnefaglig undersøgelse' : 'Afdækning';
    events.push(
      ev(
        copenhagenDateOf(a.created_at),
        'assessment_started',
        `${name} påbegyndt`,
        `Kendskab fra ${a.aware_on}`,
        a.id,
      ),
    );
    if (a.completed_on)
      events.push(ev(a.completed_on, 'assessment_completed', `${name} afsluttet`, null, a.id));
    else if (a.provisional_on) {
      events.push(ev(a.provisional_on, 'assessment_completed', `${name}: foreløbig vurdering`, null, a.id));
    }
  }
  for (const c of await q.childConversations(tx, caseId)) {
    events.push(ev(c.held_on, 'child_conversation', 'Børnesamtale', CONVERSATION_FORM[c.form] ?? null, c.id));
  }
  for (const f of await q.familyMeetings(tx, caseId)) {
    events.push(ev(f.held_on, 'family_meeting', 'Familiemøde', excerpt(f.purpose), f.id));
  }
  for (const p of await q.plans(tx, caseId)) {
    events.push(
      ev(
        p.agreed_on,
        'plan',
        p.kind === 'youth_plan' ? 'Ungeplan aftalt' : 'Barnets plan aftalt',
        null,
        p.id,
      ),
    );
  }
  // The forums' decisions (a decision comes before the measure it lets start on the same day).
  for (const d of await caseForumDecisions(h, caseId)) {
    const offer = d.offer ? `, ${d.offer.name}` : '';
    events.push(
      ev(
        d.decidedOn,
        'forum_decision',
        `${d.forumName}: ${d.outcomeLabel.toLowerCase()}`,
        `${d.ruleLabel}; trin ${d.stepPosition}${offer}. ${excerpt(d.reasons)}`,
        d.id,
      ),
    );
  }
  for (const e of await caseEmergencyDecisions(h, caseId)) {
    events.push(
      ev(
        e.decidedOn,
        'emergency_decision',
        `Akutafgørelse om anbringelse (${e.decidedBy.name})`,
        `Skal behandles i Anbringelses- og efterværnsudvalget senest ${danishDate(e.reachForumBy)}. ${excerpt(e.reason)}`,
        e.id,
      ),
    );
  }
  for (const m of await q.measures(tx, caseId)) {
    events.push(
      ev(m.start_on, 'measure_started', `Indsats startet: ${m.offer_name}`, `Trin ${m.step_position}`, m.id),
    );
    if (m.ended_on) {
      const reason = m.end_reason ? END_REASON[m.end_reason] : null;
      events.push(
        ev(
          m.ended_on,
          'measure_ended',
          `Indsats afsluttet: ${m.offer_name}`,
          reason ? `Årsag: ${reason}` : null,
          m.id,
        ),
      );
    }
  }
  for (const l of await q.ladderMoves(tx, caseId)) {
    const dir = l.direction === 'up' ? 'op' : 'ned';
    events.push(
      ev(
        l.moved_on,
        'ladder_move',
        `Trin ${dir}: ${l.from_position} → ${l.to_position}`,
        excerpt(l.reason),
        l.id,
      ),
    );
  }
  for (const f of await q.followUps(tx, caseId)) {
    const decision = f.decision ? `Indsatsen ${FOLLOW_UP_DECISION[f.decision]}` : null;
    events.push(ev(f.held_on, 'follow_up', FOLLOW_UP_KIND[f.kind] ?? 'Opfølgning', decision, f.id));
  }
  for (const j of await q.decisionEntries(tx, caseId)) {
    events.push(ev(copenhagenDateOf(j.occurred_at), 'journal', 'Afgørelse (journal)', excerpt(j.text), j.id));
  }
  // The written decisions and the documents sent (docs/documents.md).
  for (const d of await documentEvents(h, caseId)) events.push(ev(d.on, d.kind, d.title, d.detail, d.id));
  events.sort((a, b) => (a.on !== b.on ? (a.on < b.on ? -1 : 1) : KIND_ORDER[a.kind] - KIND_ORDER[b.kind]));
  return { caseId, events };
}
