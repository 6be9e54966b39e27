import {
  mayEditCatalogSettings,
  mayMatchOffers,
  mayReadCatalogAnalysis,
} from '../../core/access/catalog-analysis-policy.ts';
import type {
  CatalogAnalysisResponse,
  CatalogSettingsRequest,
  CatalogSettingsView,
  OfferMatchQuery,
  OfferMatchView,
} from '../../core/api/catalog-analysis.ts';
import { analyseCatalog } from '../../core/catalog/analysis.ts';
import { GAP_RULE_LABELS } from '../../core/catalog/gap-rules.ts';
import { matchOffers, UnknownStepError } from '../../core/catalog/matching.ts';
import { AppError } from '../../core/errors.ts';
import { type ActorHandle, DeniedError } from '../actor-db.ts';
import { loadCatalogSettings, loadOccupancy, saveCatalogSettings } from './analysis.queries.ts';
import { loadCurrentLadder } from './ladder.queries.ts';
import { listOffers } from './offers.queries.ts';
import { offerView } from './offers.ts';

/**
 * Use cases of the catalog analysis: read it, change its threshold (admin), match offers to a
 * child's age and needs. None touches person data, so reads are not written to the audit log;
 * refusals and the settings change are.
 */

export async function getCatalogAnalysis(h: ActorHandle): Promise<CatalogAnalysisResponse> {
  const { tx, actor } = h;
  if (!mayReadCatalogAnalysis(actor.role)) {
    throw new DeniedError({ action: 'read', entityType: 'catalog_analysis', entityId: null });
  }
  const [ladder, offers, settings] = await Promise.all([
    loadCurrentLadder(tx, actor.municipalityId),
    listOffers(tx, actor.municipalityId, { status: 'active' }),
    loadCatalogSettings(tx, actor.municipalityId),
  ]);
  const analysis = analyseCatalog({ ladder, offers, settings });
  return {
    ...analysis,
    gaps: analysis.gaps.map((gap) => ({ ...gap, ruleLabel: GAP_RULE_LABELS[gap.rule] })),
  };
}

export async function changeCatalogSettings(
  h: ActorHandle,
  request: CatalogSettingsRequest,
): Promise<CatalogSettingsView> {
  const { tx, actor, audit } = h;
  if (!mayEditCatalogSettings(actor.role)) {
    throw new DeniedError({
      action: 'change',
      entityType: 'catalog_setting',
      entityId: null,
      details: { requested: request },
    });
  }
  const before = await loadCatalogSettings(tx, actor.municipalityId);
  const after = await saveCatalogSettings(tx, actor.municipalityId, request);
  await audit({
    action: 'change',
    entityType: 'catalog_setting',
    entityId: null,
    details: { before, after },
  });
  return after;
}

export async function matchOffersFor(h: ActorHandle, query: OfferMatchQuery): Promise<OfferMatchView[]> {
  const { tx, actor } = h;
  if (!mayMatchOffers(actor.role)) {
    throw new DeniedError({ action: 'match', entityType: 'offer', entityId: null });
  }
  const [ladder, offers, occupancy] = await Promise.all([
    loadCurrentLadder(tx, actor.municipalityId),
    listOffers(tx, actor.municipalityId, { status: 'active', age: query.age }),
    loadOccupancy(tx, actor.municipalityId),
  ]);
  try {
    const matches = matchOffers(
      ladder,
      offers,
      { age: query.age, areas: query.areas ?? [], currentStep: query.currentStep ?? null },
      occupancy,
    );
    return matches.map((m) => ({
      offer: offerView(m.offer, ladder),
      step: { id: m.step.id, position: m.step.position, name: m.step.name },
      atCapacity: m.atCapacity,
      reasons: m.reasons,
    }));
  } catch (error) {
    if (error instanceof UnknownStepError) {
      throw new AppError('invalid_input', 'Det nuværende trin findes ikke på den gældende indsatstrappe.');
    }
    throw error;
  }
}
