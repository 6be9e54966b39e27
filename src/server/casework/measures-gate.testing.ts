import { randomUUID } from 'node:crypto';
import type { DecisionOutcome } from '../../core/forums/decisions.ts';
import { FORUM_KIND_LABELS, type ForumKind } from '../../core/forums/kinds.ts';
import { asSystem, type Db } from '../../store/database.ts';
import type { TestServer } from '../../testing/server.ts';

/**
 * Test-only: forum decisions written as rows (as the system, like other fixtures), so the gate's
 * tests need not run a whole meeting. The forum of the kind is made on first use (a council in
 * the case's district), with a meeting on the decision's day.
 */

export interface DecisionFixture {
  caseId: string;
  forumKind: ForumKind;
  decidedOn: string;
  stepPosition: number;
  outcome?: DecisionOutcome;
  placement?: boolean;
  withoutConsent?: boolean;
}

const RULE: Record<ForumKind, string> = {
  creative_council: 'specialised_proposal',
  placement_committee: 'placement_ground',
  children_committee: 'placement_without_consent',
  school_visitation_committee: 'school_placement',
  political_review: 'political_review',
};

/** Inserts a decision of the forum on the case's child; returns its id. */
export function insertForumDecision(server: TestServer, d: DecisionFixture): Promise<string> {
  const m = server.municipality;
  const by = m.users.leader.id;
  return asSystem(server.db, 'test-fixture', async (tx) => {
    const c = await tx
      .selectFrom('cases')
      .select(['id', 'child_id', 'district_id'])
      .where('municipality_id', '=', m.id)
      .where('id', '=', d.caseId)
      .executeTakeFirstOrThrow();
    const districtId = d.forumKind === 'creative_council' ? c.district_id : null;
    let forum = await tx
      .selectFrom('forum')
      .select('id')
      .where('municipality_id', '=', m.id)
      .where('kind', '=', d.forumKind)
      .where((eb) => (districtId ? eb('district_id', '=', districtId) : eb('district_id', 'is', null)))
      .executeTakeFirst();
    if (!forum) {
      forum = await tx
        .insertInto('forum')
        .values({
          municipality_id: m.id,
          kind: d.forumKind,
          district_id: districtId,
          name: FORUM_KIND_LABELS[d.forumKind],
          rhythm: JSON.stringify({ kind: 'weekly', weekday: 2, everyWeeks: 2, from: '2025-01-07' }),
          created_by: by,
          idempotency_key: `k-${randomUUID()}`,
          request_hash: randomUUID(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    }
    const meeting = await tx
      .insertInto('forum_meeting')
      .values({ municipality_id: m.id, forum_id: forum.id, held_on: d.decidedOn, planned_by: by })
      .onConflict((oc) =>
        oc.columns(['municipality_id', 'forum_id', 'held_on']).doUpdateSet({ planned_by: by }),
      )
      .returning('id')
      .executeTakeFirstOrThrow();
    const outcome = d.outcome ?? 'approved';
    const placement = d.placement ?? d.forumKind !== 'creative_council';
    const row = await tx
      .insertInto('forum_decision')
      .values({
        municipality_id: m.id,
        meeting_id: meeting.id,
        forum_id: forum.id,
        forum_kind: d.forumKind,
        case_id: c.id,
        child_id: c.child_id,
        district_id: districtId,
        rule: RULE[d.forumKind] as never,
        source_kind: 'child',
        source_id: c.child_id,
        outcome,
        step_position: d.stepPosition,
        placement,
        without_consent: d.withoutConsent ?? d.forumKind === 'children_committee',
        reasons: 'Besluttet på mødet.',
        missing: outcome === 'postponed' ? 'En opdateret undersøgelse.' : null,
        decided_on: d.decidedOn,
        decided_by: by,
        idempotency_key: `k-${randomUUID()}`,
        request_hash: randomUUID(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  });
}

/** Marks a test offer as specialised in the catalog (rule (a) on step 3). */
export function markSpecialised(db: Db, offerId: string, specialised = true) {
  return asSystem(db, 'test-fixture', (tx) =>
    tx.updateTable('offer').set({ specialised }).where('id', '=', offerId).execute(),
  );
}

/** Sets the municipality's approval thresholds (a forum_setting row). */
export function setThresholds(server: TestServer, byStep: Record<number, number>, otherwise: number | null) {
  const m = server.municipality;
  return asSystem(server.db, 'test-fixture', (tx) =>
    tx
      .insertInto('forum_setting')
      .values({ municipality_id: m.id, approval_thresholds: JSON.stringify({ byStep, otherwise }) })
      .onConflict((oc) =>
        oc
          .column('municipality_id')
          .doUpdateSet({ approval_thresholds: JSON.stringify({ byStep, otherwise }) }),
      )
      .execute(),
  );
}
