import type { CaseForumDecisionsResponse } from '../../core/api/casework-gate.ts';
import type { ActorHandle } from '../actor-db.ts';
import { caseEmergencyDecisions, caseForumDecisions } from '../forums/rules.ts';
import { openCase } from './case-access.ts';

/**
 * GET /api/cases/:id/forum-decisions (docs/casework.md "The gate and the leader's approval"): the
 * forums' decisions and the leaders' emergency decisions on the case, for the measure form's
 * picker and the case page. Read through the case's door, as any case record; the forums' rows
 * through the forums' reader (src/server/forums/rules.ts).
 */
export async function caseDecisions(h: ActorHandle, caseId: string): Promise<CaseForumDecisionsResponse> {
  await openCase(h, caseId, 'read', { action: 'read', entityType: 'forum_decision', entityId: null });
  const [decisions, emergencies] = await Promise.all([
    caseForumDecisions(h, caseId),
    caseEmergencyDecisions(h, caseId),
  ]);
  return { decisions, emergencies };
}
