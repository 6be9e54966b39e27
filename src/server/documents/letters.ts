import type {
  DocumentCreateRequest,
  DocumentPatchRequest,
  DocumentSentRequest,
  DocumentView,
} from '../../core/api/documents-letters.ts';
import { copenhagenIso, todayInCopenhagen } from '../../core/calendar/zone.ts';
import { letterDate, sectionsOf } from '../../core/documents/printed.ts';
import { DOCUMENT_TYPE_LABELS, renderTemplate } from '../../core/documents/templates.ts';
import { AppError, VersionConflictError } from '../../core/errors.ts';
import type { ActorHandle } from '../actor-db.ts';
import { openCase, requireOpen } from '../casework/case-access.ts';
import { addRecordedEntry } from '../casework/journal.ts';
import { type Created, createOnce, requestHash } from '../idempotency.ts';
import * as dq from './decisions.queries.ts';
import * as q from './letters.queries.ts';
import { letterSource } from './merge-values.ts';
import { renderPdf } from './pdf.ts';
import { currentTemplate } from './templates.ts';

/**
 * Letters and the case's archive (docs/documents.md "Letters"): a letter is written from the type's
 * current template and the case's values as a draft, edited at its version, finalised — and then
 * fixed (a trigger holds it too) — and its sending recorded once. Every read, download and write
 * goes through case work's door and is audited with the case.
 */

const SENT_VIA_LABELS = {
  digital_post: 'Digital Post',
  letter: 'Brev',
  handed_over: 'Udleveret på møde',
  email_secure: 'Sikker e-mail',
} as const;

export function documentView(r: q.DocumentRow): DocumentView {
  return {
    id: r.id,
    caseId: r.case_id,
    type: r.document_type,
    typeLabel: r.document_type ? DOCUMENT_TYPE_LABELS[r.document_type] : 'Uploadet fil',
    origin: r.origin,
    title: r.title,
    body: r.body,
    status: r.status,
    version: r.version,
    templateVersion: r.template_version,
    decisionId: r.decision_id,
    consultationId: r.consultation_id,
    file:
      r.file_name && r.media_type && r.size_bytes !== null && r.sha256
        ? { name: r.file_name, mediaType: r.media_type, sizeBytes: r.size_bytes, sha256: r.sha256 }
        : null,
    sent:
      r.sent_via && r.sent_to && r.sent_on
        ? { to: r.sent_to, via: r.sent_via, viaLabel: SENT_VIA_LABELS[r.sent_via], on: r.sent_on }
        : null,
    createdBy: { id: r.created_by, name: r.created_by_name },
    createdAt: copenhagenIso(r.created_at),
    finalisedAt: r.finalised_at ? copenhagenIso(r.finalised_at) : null,
  };
}

async function documentOf(h: ActorHandle, id: string) {
  const row = await q.documentById(h.tx, id);
  if (!row) throw new AppError('not_found', 'Dokumentet findes ikke.');
  return row;
}

/** The municipality's name and letterhead address as they are now. */
async function letterheadNow(h: ActorHandle, caseId: string) {
  const facts = await q.letterFacts(h.tx, caseId);
  const head = await q.letterhead(h.tx);
  return { name: facts?.municipality_name ?? '', address: head?.letterhead_address ?? null };
}

/** POST /api/cases/:id/documents: a letter drafted from the template and the case. */
export async function draftLetter(
  h: ActorHandle,
  caseId: string,
  r: DocumentCreateRequest,
): Promise<Created<DocumentView>> {
  const { tx, actor } = h;
  const { idempotencyKey, ...content } = r;
  const hash = requestHash({ caseId, ...content });
  return createOnce(
    {
      key: idempotencyKey,
      byKey: (key) => q.documentByKey(tx, key),
      sameRequest: (row) => row.request_hash === hash && row.created_by === actor.userId,
      what: 'et andet dokument',
      view: documentView,
    },
    (id, keyDetails) =>
      openCase(h, caseId, 'write', {
        action: 'create',
        entityType: 'case_document',
        entityId: id,
        details: { type: r.type, ...keyDetails },
      }),
    async (id, { row: c }) => {
      requireOpen(c);
      const source = await letterSource(h, caseId, r);
      const template = await currentTemplate(h, r.type);
      const rendered = renderTemplate(r.type, template.body, source.values);
      if (!rendered.ok) throw new AppError('unprocessable', rendered.message);
      const inserted = await q.insertDocument(tx, {
        id,
        municipality_id: actor.municipalityId,
        case_id: caseId,
        document_type: r.type,
        origin: 'generated',
        title: source.title || DOCUMENT_TYPE_LABELS[r.type],
        template_version: template.version,
        body: rendered.text,
        decision_id: r.decisionId ?? null,
        consultation_id: r.consultationId ?? null,
        status: 'draft',
        created_by: actor.userId,
        idempotency_key: idempotencyKey,
        request_hash: hash,
      });
      return inserted ? q.documentById(tx, id) : undefined;
    },
  );
}

/** PATCH /api/documents/:id: the draft's title or text, at the version read. */
export async function editLetter(h: ActorHandle, id: string, r: DocumentPatchRequest): Promise<DocumentView> {
  const row = await documentOf(h, id);
  const { row: c } = await openCase(h, row.case_id, 'write', {
    action: 'update',
    entityType: 'case_document',
    entityId: id,
    details: { fields: Object.keys(r).filter((k) => k !== 'version') },
  });
  requireOpen(c);
  if (row.status === 'final') throw new AppError('conflict', 'Dokumentet er endeligt og kan ikke ændres.');
  const values = {
    ...(r.title !== undefined ? { title: r.title } : {}),
    ...(r.body !== undefined ? { body: r.body } : {}),
  };
  const updated = r.version === row.version ? await q.updateDraft(h.tx, id, r.version, values) : undefined;
  if (!updated) throw new VersionConflictError(documentView(await documentOf(h, id)));
  return documentView(await documentOf(h, id));
}

/** POST /api/documents/:id/finalise: fixed from now on. A decision's letter waits for its signature. */
export async function finaliseLetter(h: ActorHandle, id: string, version: number): Promise<DocumentView> {
  const row = await documentOf(h, id);
  const { row: c } = await openCase(h, row.case_id, 'write', {
    action: 'finalise',
    entityType: 'case_document',
    entityId: id,
  });
  requireOpen(c);
  if (row.status === 'final') throw new AppError('conflict', 'Dokumentet er allerede endeligt.');
  if (row.decision_id) {
    const d = await dq.decisionById(h.tx, row.decision_id);
    if (d?.status !== 'final') {
      throw new AppError(
        'unprocessable',
        'Afgørelsen venter på den anden underskrift: brevet kan ikke gøres endeligt endnu.',
      );
    }
  }
  if ((row.body ?? '').trim() === '') throw new AppError('unprocessable', 'Brevet er tomt.');
  const done =
    version === row.version
      ? await q.finalise(h.tx, id, version, h.actor.userId, await letterheadNow(h, row.case_id))
      : undefined;
  if (!done) throw new VersionConflictError(documentView(await documentOf(h, id)));
  return documentView(await documentOf(h, id));
}

/** POST /api/documents/:id/sent: to whom, how and when a final document went; once. */
export async function recordLetterSent(
  h: ActorHandle,
  id: string,
  r: DocumentSentRequest,
): Promise<DocumentView> {
  const row = await documentOf(h, id);
  const { row: c } = await openCase(h, row.case_id, 'write', {
    action: 'update',
    entityType: 'case_document',
    entityId: id,
    details: { sentVia: r.sentVia },
  });
  if (row.status !== 'final') throw new AppError('unprocessable', 'Kun et endeligt dokument kan sendes.');
  if (r.sentOn > todayInCopenhagen())
    throw new AppError('unprocessable', 'Afsendelsen kan ikke ligge i fremtiden.');
  if (row.sent_via)
    throw new AppError('conflict', 'Det er allerede registreret, hvordan dokumentet er sendt.');
  const done = await q.recordSent(h.tx, id, { to: r.sentTo, via: r.sentVia, on: r.sentOn });
  if (!done) throw new AppError('conflict', 'Det er allerede registreret, hvordan dokumentet er sendt.');
  // The journal shows what went to the family, as the chronology does (issue #14 item 5).
  await addRecordedEntry(h, {
    caseId: c.id,
    childId: c.child_id,
    kind: 'note',
    text: `${row.title} sendt ${letterDate(r.sentOn)} til ${r.sentTo} (${SENT_VIA_LABELS[r.sentVia].toLowerCase()}).`,
    source: { via: 'document_sent', documentId: id },
  });
  return documentView(await documentOf(h, id));
}

/** GET /api/cases/:id/documents: the archive, letters and uploads, newest first (never the files). */
export async function caseArchive(h: ActorHandle, caseId: string): Promise<DocumentView[]> {
  await openCase(h, caseId, 'read', { action: 'read', entityType: 'case_document', entityId: null });
  return (await q.documentsOfCase(h.tx, caseId)).map(documentView);
}

export interface DocumentFile {
  fileName: string;
  mediaType: string;
  content: Buffer;
}

/** GET /api/documents/:id/pdf: a letter as PDF (a draft marked as such), or an upload as it is. */
export async function documentFile(h: ActorHandle, id: string): Promise<DocumentFile> {
  const row = await documentOf(h, id);
  await openCase(h, row.case_id, 'read', { action: 'download', entityType: 'case_document', entityId: id });
  if (row.origin === 'uploaded') {
    const file = await q.uploadContent(h.tx, id);
    if (!file?.content || !row.file_name || !row.media_type)
      throw new AppError('not_found', 'Filen findes ikke.');
    return { fileName: row.file_name, mediaType: row.media_type, content: file.content };
  }
  // A final letter prints the letterhead it was finalised with; a draft today's.
  const head =
    row.status === 'final' && row.letterhead_name
      ? { name: row.letterhead_name, address: row.letterhead_address }
      : await letterheadNow(h, row.case_id);
  const title = row.status === 'draft' ? `UDKAST – ${row.title}` : row.title;
  const content = await renderPdf({
    title,
    municipality: head,
    dateText: letterDate(
      (row.finalised_at ? copenhagenIso(row.finalised_at) : todayInCopenhagen()).slice(0, 10),
    ),
    recipient: [],
    sections: sectionsOf(row.body ?? ''),
  });
  const safe = row.title.replace(/[^\p{L}\p{N} ._-]+/gu, '').trim() || 'dokument';
  return { fileName: `${safe}.pdf`, mediaType: 'application/pdf', content };
}
