import type { TransitionKind } from '../../core/detection/transition.ts';
import type { Tx } from '../../store/database.ts';
import { tenantJoin } from '../../store/tenant-join.ts';

/** Transition conversations in the database; participants are a JSON array of {name, role}. */

function transitionQuery(tx: Tx) {
  return tx
    .selectFrom('transition_conversation')
    .innerJoin('app_user', (j) => tenantJoin(j, 'app_user.id', 'transition_conversation.recorded_by'))
    .selectAll('transition_conversation')
    .select(['app_user.id as user_id', 'app_user.display_name', 'app_user.title']);
}

export type TransitionRow = NonNullable<Awaited<ReturnType<typeof findTransition>>>;

export function findTransition(tx: Tx, id: string) {
  return transitionQuery(tx).where('transition_conversation.id', '=', id).executeTakeFirst();
}

export function transitionsOfChild(tx: Tx, childId: string) {
  return transitionQuery(tx)
    .where('transition_conversation.child_id', '=', childId)
    .orderBy('transition_conversation.held_on', 'desc')
    .orderBy('transition_conversation.created_at', 'desc')
    .execute();
}

export async function insertTransition(
  tx: Tx,
  t: {
    municipalityId: string;
    childId: string;
    kind: TransitionKind;
    heldOn: string;
    participants: { name: string; role: string }[];
    summary: string | null;
    followUp: string | null;
    followUpDue: string | null;
    recordedBy: string;
  },
): Promise<string> {
  const row = await tx
    .insertInto('transition_conversation')
    .values({
      municipality_id: t.municipalityId,
      child_id: t.childId,
      kind: t.kind,
      held_on: t.heldOn,
      participants: JSON.stringify(t.participants),
      summary: t.summary,
      follow_up: t.followUp,
      follow_up_due: t.followUpDue,
      recorded_by: t.recordedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
