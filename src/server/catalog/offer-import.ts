import { mayEditCatalog, mayReadCatalog } from '../../core/access/catalog-policy.ts';
import type { OfferImportReport } from '../../core/api/catalog.ts';
import { formatCsv } from '../../core/catalog/csv.ts';
import { columnOfField, offersToCsvRows, offersToJson } from '../../core/catalog/offer-columns.ts';
import {
  type ImportError,
  type ImportRow,
  validateOfferCsv,
  validateOfferJson,
} from '../../core/catalog/offer-import.ts';
import type { Offer, OfferFields } from '../../core/catalog/types.ts';
import { type ActorHandle, DeniedError } from '../actor-db.ts';
import { loadCurrentLadder, lockCatalog } from './ladder.queries.ts';
import * as q from './offers.queries.ts';
import { changedFields, definedOnly, fieldsOf, OFFER_DEFAULTS, offerProblems } from './offers.ts';

/**
 * Importing and exporting the catalog. An import is all or nothing: the whole file is checked
 * (first on its own, then against the stored offers and the ladder) before anything is written,
 * and a file with one bad line writes nothing. Offers are matched by name, so importing the
 * same file twice changes nothing the second time.
 */

export type ImportFormat = 'csv' | 'json';

export type ImportOutcome = { ok: true; report: OfferImportReport } | { ok: false; errors: ImportError[] };

/** Fields a new offer must have; a column left out of the file is fine only for an offer that exists. */
const REQUIRED_FOR_NEW: (keyof OfferFields)[] = [
  'providerKind',
  'providerName',
  'stepId',
  'target',
  'form',
  'setting',
  'ageMin',
  'ageMax',
  'evidence',
  'unitCost',
  'costUnit',
];

type Planned =
  | { kind: 'create'; fields: OfferFields }
  | { kind: 'update'; id: string; fields: OfferFields; changed: (keyof OfferFields)[] }
  | { kind: 'unchanged' };

export async function importOffers(
  h: ActorHandle,
  input: { format: ImportFormat; body: Uint8Array; dryRun: boolean },
): Promise<ImportOutcome> {
  const { tx, actor, audit } = h;
  if (!mayEditCatalog(actor.role)) {
    throw new DeniedError({
      action: 'import',
      entityType: 'offer',
      entityId: null,
      details: { format: input.format },
    });
  }
  await lockCatalog(tx, actor.municipalityId);
  const ladder = await loadCurrentLadder(tx, actor.municipalityId);
  const validation =
    input.format === 'csv' ? validateOfferCsv(input.body, ladder) : validateOfferJson(input.body, ladder);
  if (validation.errors.length > 0) return { ok: false, errors: validation.errors };

  const stored = new Map(
    (await q.listOffers(tx, actor.municipalityId, { status: 'all' })).map((o) => [o.name, o] as const),
  );
  const columnName = (field: keyof OfferFields) => {
    const column = columnOfField(field);
    return input.format === 'csv' ? column.header : column.key;
  };
  const errors: ImportError[] = [];
  const plans: Planned[] = validation.rows.map((row) => {
    const planned = planRow(row, stored.get(row.offer.name));
    if ('problems' in planned) {
      for (const p of planned.problems)
        errors.push({ line: row.line, column: columnName(p.field), message: p.message });
      return { kind: 'unchanged' };
    }
    for (const p of offerProblems(planned.fields, ladder, planned.previousStepId)) {
      errors.push({ line: row.line, column: columnName(p.field), message: p.message });
    }
    return planned.plan;
  });
  if (errors.length > 0) return { ok: false, errors };

  const report: OfferImportReport = {
    imported: plans.filter((p) => p.kind === 'create').length,
    updated: plans.filter((p) => p.kind === 'update').length,
    unchanged: plans.filter((p) => p.kind === 'unchanged').length,
    errors: [],
  };
  if (input.dryRun || report.imported + report.updated === 0) return { ok: true, report };

  const created: string[] = [];
  const updated: { id: string; changed: string[] }[] = [];
  for (const plan of plans) {
    if (plan.kind === 'create') created.push((await q.insertOffer(tx, actor.municipalityId, plan.fields)).id);
    if (plan.kind === 'update') {
      await q.updateOffer(tx, actor.municipalityId, plan.id, plan.fields);
      updated.push({ id: plan.id, changed: plan.changed });
    }
  }
  const { errors: _none, ...counts } = report;
  await audit({
    action: 'import',
    entityType: 'offer',
    entityId: null,
    details: { format: input.format, ...counts, created, updatedOffers: updated },
  });
  return { ok: true, report };
}

/** One row against the stored offer of the same name: create, update or leave it. */
function planRow(
  row: ImportRow,
  existing: Offer | undefined,
):
  | { plan: Planned; fields: OfferFields; previousStepId: string | null }
  | { problems: { field: keyof OfferFields; message: string }[] } {
  const given = definedOnly(row.offer);
  if (!existing) {
    const missing = REQUIRED_FOR_NEW.filter((f) => given[f] === undefined);
    if (missing.length > 0) {
      return {
        problems: missing.map((field) => ({
          field,
          message:
            field === 'stepId'
              ? 'Trin mangler: et nyt tilbud skal have et trin på den gældende indsatstrappe.'
              : 'Feltet mangler: et nyt tilbud skal have en værdi her.',
        })),
      };
    }
    const fields = { ...OFFER_DEFAULTS, ...given } as OfferFields;
    return { plan: { kind: 'create', fields }, fields, previousStepId: null };
  }
  const before = fieldsOf(existing);
  const fields: OfferFields = { ...before, ...given };
  const changed = changedFields(before, fields);
  const plan: Planned =
    changed.length === 0 ? { kind: 'unchanged' } : { kind: 'update', id: existing.id, fields, changed };
  return { plan, fields, previousStepId: before.stepId };
}

export interface ExportFile {
  filename: string;
  contentType: string;
  body: Buffer;
}

/** The whole catalog (active and retired) in the import's format, so export → import changes nothing. */
export async function exportOffers(h: ActorHandle, format: ImportFormat): Promise<ExportFile> {
  const { tx, actor } = h;
  if (!mayReadCatalog(actor.role)) {
    throw new DeniedError({ action: 'export', entityType: 'offer', entityId: null, details: { format } });
  }
  const ladder = await loadCurrentLadder(tx, actor.municipalityId);
  const offers = await q.listOffers(tx, actor.municipalityId, { status: 'all' });
  if (format === 'json') {
    return {
      filename: 'tilbudsvifte.json',
      contentType: 'application/json; charset=utf-8',
      body: Buffer.from(`${JSON.stringify(offersToJson(offers, ladder), null, 2)}\n`, 'utf8'),
    };
  }
  return {
    filename: 'tilbudsvifte.csv',
    contentType: 'text/csv; charset=utf-8',
    body: Buffer.from(formatCsv(offersToCsvRows(offers, ladder)), 'utf8'),
  };
}
