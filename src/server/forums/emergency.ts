import { mayDecideEmergency } from '../../core/access/forums-policy.ts';
import type { EmergencyDecisionRequest, EmergencyDecisionView } from '../../core/api/casework-gate.ts';
import { todayInCopenhagen } from '../../core/calendar/zone.ts';
import { AppError } from '../../core/errors.ts';
import { emergencyDeadline } from '../../core/forums/gate.ts';
import { type ActorHandle, DeniedError } from '../actor-db.ts';
import { openCase, requireOpen } from '../casework/case-access.ts';
import { type Created, type CreateOnce, createOnce, requestHash } from '../idempotency.ts';
import * as q from './emergency.queries.ts';
import { emergencyView, forumRules } from './rules.ts';

/**
 * A leader's emergency decision to place a child at once (issue #12 item 5, BL § 49-type acute
 * situations; docs/forums.md "Emergency decisions"): a placement may start on it without the
 * placement committee, which must then decide by `reach_forum_by` = the decision day +
 * `emergencyDays` (a deadline on the leader's supervision). Recorded by a leader of the case's
 * district (forums-policy.ts `mayDecideEmergency`) through case work's door, so the case and the
 * child are on the audit row; written once, never changed.
 */

type Row = NonNullable<Awaited<ReturnType<typeof q.emergencyByKey>>>;

/** POST /api/cases/:id/emergency-decisions */
export async function decideEmergency(
  h: ActorHandle,
  caseId: string,
  r: EmergencyDecisionRequest,
): Promise<Created<EmergencyDecisionView>> {
  const hash = requestHash({ caseId, decidedOn: r.decidedOn, reason: r.reason });
  const once: CreateOnce<Row, EmergencyDecisionView> = {
    key: r.idempotencyKey,
    byKey: (key) => q.emergencyByKey(h.tx, key),
    sameRequest: (row) =>
      row.case_id === caseId && row.request_hash === hash && row.decided_by === h.actor.userId,
    what: 'en anden akutafgørelse',
    view: emergencyView,
  };
  return createOnce(
    once,
    async (id, keyDetails) => {
      const event = {
        action: 'create',
        entityType: 'emergency_decision',
        entityId: id,
        details: { decidedOn: r.decidedOn, ...keyDetails },
      };
      const { row: c } = await openCase(h, caseId, 'read', event);
      if (!mayDecideEmergency(h.actor.role, h.actor.districtIds.includes(c.district_id))) {
        throw new DeniedError({ ...event, caseId: c.id, childId: c.child_id });
      }
      return c;
    },
    async (id, c) => {
      requireOpen(c);
      if (r.decidedOn > todayInCopenhagen()) {
        throw new AppError('unprocessable', 'En akutafgørelse kan ikke dateres ud i fremtiden.');
      }
      const { settings } = await forumRules(h);
      const inserted = await q.insertEmergency(h.tx, {
        id,
        municipality_id: h.actor.municipalityId,
        case_id: c.id,
        child_id: c.child_id,
        decided_on: r.decidedOn,
        reach_forum_by: emergencyDeadline(r.decidedOn, settings),
        reason: r.reason,
        decided_by: h.actor.userId,
        idempotency_key: r.idempotencyKey,
        request_hash: hash,
      });
      return inserted ? q.emergencyByKey(h.tx, r.idempotencyKey) : undefined;
    },
  );
}
