import { mayEditCatalog, mayReadCatalog } from '../../core/access/catalog-policy.ts';
import type { LadderUpdateRequest, LadderView } from '../../core/api/catalog.ts';
import { planLadderChange } from '../../core/catalog/ladder.ts';
import { CATEGORY_LABELS, type Ladder, TRACK_LABELS } from '../../core/catalog/types.ts';
import { AppError } from '../../core/errors.ts';
import { type ActorHandle, DeniedError } from '../actor-db.ts';
import { insertLadderVersion, loadCurrentLadder, loadLadderVersions, lockCatalog } from './ladder.queries.ts';
import { activeOffersOnSteps } from './offers.queries.ts';

/** Use cases on the ladder: read the current one, read its history, change it (admin). */

export function ladderView(ladder: Ladder): LadderView {
  return {
    ...ladder,
    steps: ladder.steps.map((s) => ({
      ...s,
      trackLabel: TRACK_LABELS[s.track],
      categoryLabel: CATEGORY_LABELS[s.category],
    })),
  };
}

function requireRead({ actor }: ActorHandle, action: string) {
  if (!mayReadCatalog(actor.role)) throw new DeniedError({ action, entityType: 'ladder', entityId: null });
}

export async function getLadder(h: ActorHandle): Promise<LadderView> {
  requireRead(h, 'read');
  return ladderView(await loadCurrentLadder(h.tx, h.actor.municipalityId));
}

export async function listLadderVersions(h: ActorHandle): Promise<LadderView[]> {
  requireRead(h, 'read');
  return (await loadLadderVersions(h.tx, h.actor.municipalityId)).map(ladderView);
}

/**
 * Save the ladder as sent. Nothing changed: no new version (saving twice is harmless). A step
 * left out is retired, which is refused while active offers sit on it: they must be moved or
 * retired first, so no active offer ever points at a step that is no longer on the ladder.
 */
export async function changeLadder(
  h: ActorHandle,
  request: LadderUpdateRequest,
): Promise<{ ladder: LadderView; changed: boolean }> {
  const { tx, actor, audit } = h;
  if (!mayEditCatalog(actor.role)) {
    throw new DeniedError({ action: 'change', entityType: 'ladder', entityId: null });
  }
  await lockCatalog(tx, actor.municipalityId);
  const current = await loadCurrentLadder(tx, actor.municipalityId);
  const plan = planLadderChange(current, request.steps);
  if (!plan.ok) throw new AppError('invalid_input', plan.errors.join(' '));
  if (!plan.changed) return { ladder: ladderView(current), changed: false };

  const blocked = await activeOffersOnSteps(tx, actor.municipalityId, plan.retiredStepIds);
  if (blocked.length > 0) {
    const described = blocked.map(({ stepId, names }) => {
      const step = current.steps.find((s) => s.id === stepId);
      const shown = names.slice(0, 5).map((n) => `«${n}»`);
      const more = names.length > 5 ? ` og ${names.length - 5} flere` : '';
      return `trin ${step?.position} «${step?.name}» har aktive tilbud (${shown.join(', ')}${more})`;
    });
    throw new AppError(
      'conflict',
      `Trinnet kan ikke fjernes, fordi ${described.join('; ')}. Flyt tilbuddene til et andet trin, eller sæt dem som udgået først.`,
    );
  }

  const versionId = await insertLadderVersion(tx, {
    municipalityId: actor.municipalityId,
    version: current.version + 1,
    createdBy: actor.userId,
    note: request.note ? request.note : null,
    steps: plan.steps,
  });
  await audit({
    action: 'change',
    entityType: 'ladder',
    entityId: versionId,
    details: {
      version: current.version + 1,
      previousVersion: current.version,
      steps: plan.steps.map((s) => ({ id: s.id, position: s.position, name: s.name })),
      retiredStepIds: plan.retiredStepIds,
      note: request.note ?? null,
    },
  });
  const ladder = await loadCurrentLadder(tx, actor.municipalityId);
  return { ladder: ladderView(ladder), changed: true };
}
