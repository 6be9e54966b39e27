import { randomUUID } from 'node:crypto';
import type { DecisionOutcome } from '../../core/forums/decisions.ts';
import type { ForumKind } from '../../core/forums/kinds.ts';
import { asSystem, type Db } from '../../store/database.ts';
import type { TestMunicipality } from '../../testing/fixtures.ts';

/**
 * Forum rows for the figures' tests, written as the system like the other fixtures: a forum, its
 * meetings, proposals and decisions, without the forums' endpoints (the figures only read them).
 */

const key = () => `test-${randomUUID()}`;

export async function addForum(
  db: Db,
  m: TestMunicipality,
  kind: ForumKind,
  districtId: string | null,
): Promise<string> {
  return asSystem(db, 'test-fixture', async (tx) => {
    const row = await tx
      .insertInto('forum')
      .values({
        municipality_id: m.id,
        kind,
        district_id: districtId,
        name: `${kind} ${districtId ?? ''}`.trim(),
        rhythm: JSON.stringify({ kind: 'weekly', weekday: 3, everyWeeks: 2, from: '2024-01-03' }),
        created_by: m.users.admin.id,
        idempotency_key: key(),
        request_hash: 'test',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  });
}

/** A closed meeting of the forum on a day, with its id. */
export async function addMeeting(db: Db, m: TestMunicipality, forumId: string, heldOn: string) {
  return asSystem(db, 'test-fixture', async (tx) => {
    const at = new Date(`${heldOn}T12:00:00Z`);
    const row = await tx
      .insertInto('forum_meeting')
      .values({
        municipality_id: m.id,
        forum_id: forumId,
        held_on: heldOn,
        planned_by: m.users.leader.id,
        published_at: new Date(at.getTime() - 3 * 86_400_000),
        published_by: m.users.leader.id,
        closed_at: at,
        closed_by: m.users.leader.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id: row.id, forumId, heldOn };
  });
}

export async function addProposal(
  db: Db,
  m: TestMunicipality,
  p: { caseId: string; childId: string; districtId: string; offerId: string; step: number; on: string },
): Promise<string> {
  return asSystem(db, 'test-fixture', async (tx) => {
    const row = await tx
      .insertInto('forum_proposal')
      .values({
        municipality_id: m.id,
        case_id: p.caseId,
        child_id: p.childId,
        forum_kind: 'creative_council',
        district_id: p.districtId,
        offer_ids: [p.offerId],
        step_position: p.step,
        specialised_offer: false,
        placement: p.step >= 4,
        reason: 'Indstilling i testen.',
        proposed_on: p.on,
        proposed_by: m.users.caseworker.id,
        idempotency_key: key(),
        request_hash: 'test',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  });
}

/** A council decision at a meeting: on a proposal, or a review of the child without one. */
export async function addDecision(
  db: Db,
  m: TestMunicipality,
  meeting: { id: string; forumId: string; heldOn: string },
  d: {
    caseId: string;
    childId: string;
    districtId: string;
    proposalId?: string;
    outcome: DecisionOutcome;
    step: number;
  },
): Promise<void> {
  await asSystem(db, 'test-fixture', (tx) =>
    tx
      .insertInto('forum_decision')
      .values({
        municipality_id: m.id,
        meeting_id: meeting.id,
        forum_id: meeting.forumId,
        forum_kind: 'creative_council',
        case_id: d.caseId,
        child_id: d.childId,
        district_id: d.districtId,
        rule: d.proposalId ? 'specialised_proposal' : 'specialised_review',
        source_kind: d.proposalId ? 'proposal' : 'child',
        source_id: d.proposalId ?? d.childId,
        proposal_id: d.proposalId ?? null,
        outcome: d.outcome,
        step_position: d.step,
        reasons: 'Afgjort i testen.',
        missing: d.outcome === 'postponed' ? 'En udtalelse mangler.' : null,
        decided_on: meeting.heldOn,
        decided_by: m.users.leader.id,
        idempotency_key: key(),
        request_hash: 'test',
      })
      .execute(),
  );
}
