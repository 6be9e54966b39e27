import { mayEditCatalog, mayReadCatalog } from '../../core/access/catalog-policy.ts';
import type {
  OfferCreateRequest,
  OffersQuery,
  OfferUpdateRequest,
  OfferView,
} from '../../core/api/catalog.ts';
import { checkOfferRules } from '../../core/catalog/offer-columns.ts';
import type { Ladder, Offer, OfferFields } from '../../core/catalog/types.ts';
import { AppError } from '../../core/errors.ts';
import { type ActorHandle, DeniedError } from '../actor-db.ts';
import { loadCurrentLadder, lockCatalog } from './ladder.queries.ts';
import * as q from './offers.queries.ts';

/** Use cases on offers: everyone on staff browses; the admin creates, edits and retires. */

/** What an offer gets for a field a create (or an import of a new offer) leaves out. */
export const OFFER_DEFAULTS = {
  description: '',
  icsAreas: [],
  typicalDurationWeeks: null,
  timeLimited: false,
  specialised: false,
  programme: null,
  legalBasis: '',
  capacity: null,
  status: 'active',
  illustrative: false,
} as const satisfies Partial<OfferFields>;

/** Keys whose value is undefined mean "not given": they must not overwrite a stored value. */
export function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function fieldsOf({ id: _id, ...fields }: Offer): OfferFields {
  return fields;
}

/** The fields that differ, for the audit log and to skip writes that change nothing. */
export function changedFields(before: OfferFields, after: OfferFields): (keyof OfferFields)[] {
  return (Object.keys(after) as (keyof OfferFields)[]).filter(
    (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
}

/**
 * The rules an offer must meet before it is stored, in Danish, keyed by field: across fields
 * (age range, programme) and against the ladder (an active offer sits on a step in force; a
 * step is only changed to one in force).
 */
export function offerProblems(
  fields: OfferFields,
  ladder: Ladder,
  previousStepId: string | null,
): { field: keyof OfferFields; message: string }[] {
  const problems = checkOfferRules(fields);
  const onLadder = ladder.steps.some((s) => s.id === fields.stepId);
  if (!onLadder && (fields.status === 'active' || fields.stepId !== previousStepId)) {
    problems.push({
      field: 'stepId',
      message:
        fields.stepId === previousStepId
          ? 'Tilbuddets trin er ikke længere på indsatstrappen. Vælg et trin på den gældende trappe.'
          : 'Trinnet findes ikke på den gældende indsatstrappe.',
    });
  }
  return problems;
}

export function offerView(offer: Offer, ladder: Ladder): OfferView {
  const step = ladder.steps.find((s) => s.id === offer.stepId);
  return { ...offer, stepPosition: step?.position ?? null, stepName: step?.name ?? null };
}

/** Offers in ladder order (steps no longer on the ladder last), then by name. */
export function inLadderOrder(offers: OfferView[]): OfferView[] {
  const pos = (o: OfferView) => o.stepPosition ?? Number.MAX_SAFE_INTEGER;
  return [...offers].sort((a, b) => pos(a) - pos(b) || a.name.localeCompare(b.name, 'da'));
}

function requireRead(h: ActorHandle, action: string, entityId: string | null = null) {
  if (!mayReadCatalog(h.actor.role)) throw new DeniedError({ action, entityType: 'offer', entityId });
}

function requireEdit(
  h: ActorHandle,
  action: string,
  entityId: string | null,
  details?: Record<string, unknown>,
) {
  if (!mayEditCatalog(h.actor.role)) {
    throw new DeniedError({ action, entityType: 'offer', entityId, ...(details ? { details } : {}) });
  }
}

export async function searchOffers(h: ActorHandle, query: OffersQuery): Promise<OfferView[]> {
  requireRead(h, 'search');
  const ladder = await loadCurrentLadder(h.tx, h.actor.municipalityId);
  const offers = await q.listOffers(h.tx, h.actor.municipalityId, {
    q: query.q,
    stepId: query.step,
    target: query.target,
    form: query.form,
    age: query.age,
    status: query.status,
  });
  return inLadderOrder(offers.map((o) => offerView(o, ladder)));
}

export async function getOffer(h: ActorHandle, id: string): Promise<OfferView> {
  requireRead(h, 'read', id);
  const offer = await q.findOffer(h.tx, h.actor.municipalityId, id);
  if (!offer) throw new AppError('not_found', 'Tilbuddet findes ikke.');
  return offerView(offer, await loadCurrentLadder(h.tx, h.actor.municipalityId));
}

function nameTaken(name: string): AppError {
  return new AppError(
    'conflict',
    `Der findes allerede et tilbud med navnet «${name}». Navne skal være entydige.`,
  );
}

function refuseProblems(problems: { message: string }[]) {
  if (problems.length > 0) throw new AppError('invalid_input', problems.map((p) => p.message).join(' '));
}

export async function createOffer(h: ActorHandle, request: OfferCreateRequest): Promise<OfferView> {
  const { tx, actor, audit } = h;
  requireEdit(h, 'create', null, { name: request.name });
  await lockCatalog(tx, actor.municipalityId);
  const ladder = await loadCurrentLadder(tx, actor.municipalityId);
  const fields: OfferFields = { ...OFFER_DEFAULTS, ...definedOnly(request) } as OfferFields;
  refuseProblems(offerProblems(fields, ladder, null));
  if (await q.findOfferByName(tx, actor.municipalityId, fields.name)) throw nameTaken(fields.name);
  const offer = await q.insertOffer(tx, actor.municipalityId, fields);
  await audit({ action: 'create', entityType: 'offer', entityId: offer.id, details: { name: offer.name } });
  return offerView(offer, ladder);
}

/** A partial change; `status: 'retired'` retires. Sending the stored values again writes nothing. */
export async function updateOffer(
  h: ActorHandle,
  id: string,
  request: OfferUpdateRequest,
): Promise<OfferView> {
  const { tx, actor, audit } = h;
  requireEdit(h, 'update', id);
  await lockCatalog(tx, actor.municipalityId);
  const existing = await q.findOffer(tx, actor.municipalityId, id);
  if (!existing) throw new AppError('not_found', 'Tilbuddet findes ikke.');
  const ladder = await loadCurrentLadder(tx, actor.municipalityId);
  const before = fieldsOf(existing);
  const after: OfferFields = { ...before, ...definedOnly(request) };
  const changed = changedFields(before, after);
  if (changed.length === 0) return offerView(existing, ladder);
  refuseProblems(offerProblems(after, ladder, before.stepId));
  if (after.name !== before.name) {
    const other = await q.findOfferByName(tx, actor.municipalityId, after.name);
    if (other && other.id !== id) throw nameTaken(after.name);
  }
  const action =
    after.status !== before.status ? (after.status === 'retired' ? 'retire' : 'reactivate') : 'update';
  // Audited before the update: a rename locks the offer's row FOR UPDATE (its name is unique), and
  // a measure being decided holds the audit lock while its foreign key waits for that row, so the
  // other order deadlocks (docs/architecture.md, "Locks").
  await audit({ action, entityType: 'offer', entityId: id, details: { name: after.name, changed } });
  const offer = await q.updateOffer(tx, actor.municipalityId, id, after);
  return offerView(offer, ladder);
}
