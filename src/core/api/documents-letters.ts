import { z } from 'zod';
import { DOCUMENT_TYPES } from '../documents/templates.ts';
import { AttachmentUploadRequest } from './attachments.ts';
import { Ref, strict } from './common.ts';
import { CalendarDate, freeText, Id, IdempotencyKey, text, Version } from './types.ts';

/** Templates, letters and the case's archive over HTTP (docs/documents.md "API"). Requests are strict. */

export const DocumentTypeParams = strict({
  type: z.enum(DOCUMENT_TYPES, { message: 'Ukendt dokumenttype.' }),
});

export const TemplateView = z.object({
  type: z.enum(DOCUMENT_TYPES),
  typeLabel: z.string(),
  /** 0: Trappen's default, not yet saved by the municipality */
  version: z.number(),
  body: z.string(),
  fields: z.array(z.object({ name: z.string(), label: z.string(), required: z.boolean() })),
});
export type TemplateView = z.infer<typeof TemplateView>;

export const TemplatePutRequest = strict({ body: freeText(50_000, 'Skabelonen') });

export const SENT_VIA = ['digital_post', 'letter', 'handed_over', 'email_secure'] as const;

export const DocumentCreateRequest = strict({
  idempotencyKey: IdempotencyKey,
  type: z.enum(DOCUMENT_TYPES, { message: 'Ukendt dokumenttype.' }),
  recipient: strict({
    name: text(200, 'Modtagerens navn'),
    address: text(300, 'Modtagerens adresse').optional(),
  }),
  decisionId: Id.optional(),
  consultationId: Id.optional(),
  /** values of the type's merge fields the case does not hold (a meeting's place); never over the case's */
  values: z.record(z.string().max(100), text(4000, 'Flettefeltet')).optional(),
});
export type DocumentCreateRequest = z.infer<typeof DocumentCreateRequest>;

export const DocumentPatchRequest = strict({
  version: Version,
  title: text(300, 'Titlen').optional(),
  body: freeText(100_000, 'Brevets tekst').optional(),
});
export type DocumentPatchRequest = z.infer<typeof DocumentPatchRequest>;

export const DocumentFinaliseRequest = strict({ version: Version });

export const DocumentSentRequest = strict({
  sentTo: text(300, 'Modtageren'),
  sentVia: z.enum(SENT_VIA, { message: 'Vælg, hvordan dokumentet er sendt.' }),
  sentOn: CalendarDate,
});
export type DocumentSentRequest = z.infer<typeof DocumentSentRequest>;

export const DocumentView = z.object({
  id: z.string(),
  caseId: z.string(),
  type: z.enum(DOCUMENT_TYPES).nullable(),
  typeLabel: z.string(),
  origin: z.enum(['generated', 'uploaded']),
  title: z.string(),
  /** a letter's text; null for an upload */
  body: z.string().nullable(),
  status: z.enum(['draft', 'final']),
  version: z.number(),
  templateVersion: z.number().nullable(),
  decisionId: z.string().nullable(),
  consultationId: z.string().nullable(),
  file: z
    .object({ name: z.string(), mediaType: z.string(), sizeBytes: z.number(), sha256: z.string() })
    .nullable(),
  sent: z.object({ to: z.string(), via: z.enum(SENT_VIA), viaLabel: z.string(), on: z.string() }).nullable(),
  createdBy: Ref,
  createdAt: z.string(),
  finalisedAt: z.string().nullable(),
});
export type DocumentView = z.infer<typeof DocumentView>;

/** A file for the case's archive: as a report's attachment (type, size, content checked), with a title. */
export const CaseUploadRequest = AttachmentUploadRequest.extend({ title: text(300, 'Titlen').optional() });
export type CaseUploadRequest = z.infer<typeof CaseUploadRequest>;
