import { DOCUMENTS_POLICY } from '../../core/access/documents-policy.ts';
import type { TemplateView } from '../../core/api/documents-letters.ts';
import { DEFAULT_TEMPLATES } from '../../core/documents/default-templates.ts';
import {
  DOCUMENT_TYPE_LABELS,
  type DocumentType,
  MERGE_FIELDS,
  templateProblem,
} from '../../core/documents/templates.ts';
import { AppError } from '../../core/errors.ts';
import { type ActorHandle, DeniedError } from '../actor-db.ts';
import * as q from './templates.queries.ts';

/**
 * The municipality's templates (docs/documents.md "Templates"): one per document type, versioned —
 * a save is a new version and a letter names the one it was written from. Until the admin saves one,
 * Trappen's default (version 0) is used. Rules, not person data: read by those who write letters,
 * kept by the admin; a save is audited with its version.
 */

export interface CurrentTemplate {
  version: number | null;
  body: string;
}

/** The template a letter is written from now (no access check: the letter's door decides). */
export async function currentTemplate(h: ActorHandle, type: DocumentType): Promise<CurrentTemplate> {
  const row = await q.latestTemplate(h.tx, type);
  return row ? { version: row.version, body: row.body } : { version: null, body: DEFAULT_TEMPLATES[type] };
}

function view(type: DocumentType, t: CurrentTemplate): TemplateView {
  return {
    type,
    typeLabel: DOCUMENT_TYPE_LABELS[type],
    version: t.version ?? 0,
    body: t.body,
    fields: MERGE_FIELDS[type].map((f) => ({ ...f })),
  };
}

function requireRight(
  h: ActorHandle,
  right: 'settingsRead' | 'settingsEdit',
  action: string,
  type: DocumentType,
) {
  if (!DOCUMENTS_POLICY[h.actor.role][right]) {
    throw new DeniedError({ action, entityType: 'document_template', entityId: null, details: { type } });
  }
}

/** GET /api/document-templates/:type */
export async function readTemplate(h: ActorHandle, type: DocumentType): Promise<TemplateView> {
  requireRight(h, 'settingsRead', 'read', type);
  return view(type, await currentTemplate(h, type));
}

/** PUT /api/document-templates/:type: a new version, checked against the type's merge fields. */
export async function saveTemplate(h: ActorHandle, type: DocumentType, body: string): Promise<TemplateView> {
  requireRight(h, 'settingsEdit', 'update', type);
  const problem = templateProblem(type, body);
  if (problem) throw new AppError('unprocessable', problem);
  const latest = await q.latestTemplate(h.tx, type);
  if (latest?.body === body) return view(type, { version: latest.version, body });
  const version = (latest?.version ?? 0) + 1;
  const inserted = await q.insertTemplate(h.tx, {
    municipality_id: h.actor.municipalityId,
    document_type: type,
    version,
    body,
    created_by: h.actor.userId,
  });
  if (!inserted) throw new AppError('conflict', 'Skabelonen blev gemt af en anden imens. Hent den igen.');
  await h.audit({
    action: 'update',
    entityType: 'document_template',
    entityId: null,
    details: { type, version },
  });
  return view(type, { version, body });
}
