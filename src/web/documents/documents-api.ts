/**
 * Decisions, consultations, letters and templates over HTTP (docs/documents.md "API"). Shapes come
 * from the zod schemas the server validates with (type-only imports: zod stays out of the bundle).
 */
import type {
  ConsultationCreateRequest,
  ConsultationReplyRequest,
  ConsultationView,
  DecisionCreateRequest,
  DecisionView,
} from '../../core/api/documents.ts';
import type {
  DocumentCreateRequest,
  DocumentPatchRequest,
  DocumentSentRequest,
  DocumentView,
  TemplateView,
} from '../../core/api/documents-letters.ts';
import type { DocumentSettingsRequest, DocumentSettingsView } from '../../core/api/documents-settings.ts';
import type { DocumentType } from '../../core/documents/templates.ts';
import { ApiError, request } from '../api.ts';
import type { UploadFile } from '../ui/file-upload.ts';

export type {
  ConsultationCreateRequest,
  ConsultationReplyRequest,
  ConsultationView,
  DecisionCreateRequest,
  DecisionView,
  DocumentCreateRequest,
  DocumentSentRequest,
  DocumentSettingsRequest,
  DocumentSettingsView,
  DocumentView,
  TemplateView,
};
export type SentVia = DocumentSentRequest['sentVia'];

/** The server's labels (letters.ts) for the ways a document reaches its recipient. */
export const SENT_VIA_LABELS: Readonly<Record<SentVia, string>> = {
  digital_post: 'Digital Post',
  letter: 'Brev',
  handed_over: 'Udleveret på møde',
  email_secure: 'Sikker e-mail',
};

const id = encodeURIComponent;

// Under the case's key, so whatever invalidates the case's queries refreshes these too.
export const decisionsKey = (caseId: string) => ['case', caseId, 'decisions'] as const;
export const consultationsKey = (caseId: string) => ['case', caseId, 'consultations'] as const;
export const archiveKey = (caseId: string) => ['case', caseId, 'documents'] as const;
export const templateKey = (type: DocumentType) => ['document-template', type] as const;
export const DOCUMENT_SETTINGS_KEY = ['document-settings'] as const;

export function fetchDecisions(caseId: string, signal?: AbortSignal): Promise<DecisionView[]> {
  return request(`/api/cases/${id(caseId)}/decisions`, { signal });
}

export function createDecision(caseId: string, body: DecisionCreateRequest): Promise<DecisionView> {
  return request(`/api/cases/${id(caseId)}/decisions`, { method: 'POST', body });
}

export function signDecision(decisionId: string): Promise<DecisionView> {
  return request(`/api/decisions/${id(decisionId)}/sign`, { method: 'POST', body: {} });
}

export function fetchConsultations(caseId: string, signal?: AbortSignal): Promise<ConsultationView[]> {
  return request(`/api/cases/${id(caseId)}/consultations`, { signal });
}

export function createConsultation(
  caseId: string,
  body: ConsultationCreateRequest,
): Promise<ConsultationView> {
  return request(`/api/cases/${id(caseId)}/consultations`, { method: 'POST', body });
}

export function replyToConsultation(
  consultationId: string,
  body: ConsultationReplyRequest,
): Promise<ConsultationView> {
  return request(`/api/consultations/${id(consultationId)}/reply`, { method: 'POST', body });
}

export function fetchArchive(caseId: string, signal?: AbortSignal): Promise<DocumentView[]> {
  return request(`/api/cases/${id(caseId)}/documents`, { signal });
}

export function draftLetter(caseId: string, body: DocumentCreateRequest): Promise<DocumentView> {
  return request(`/api/cases/${id(caseId)}/documents`, { method: 'POST', body });
}

export function patchLetter(documentId: string, body: DocumentPatchRequest): Promise<DocumentView> {
  return request(`/api/documents/${id(documentId)}`, { method: 'PATCH', body });
}

export function finaliseLetter(documentId: string, version: number): Promise<DocumentView> {
  return request(`/api/documents/${id(documentId)}/finalise`, { method: 'POST', body: { version } });
}

export function recordSent(documentId: string, body: DocumentSentRequest): Promise<DocumentView> {
  return request(`/api/documents/${id(documentId)}/sent`, { method: 'POST', body });
}

/** A file into the case's archive; the same bytes on the case again answer the same document. */
export function uploadToCase(caseId: string, body: UploadFile & { title?: string }): Promise<DocumentView> {
  return request(`/api/cases/${id(caseId)}/documents/files`, { method: 'POST', body });
}

/** Where the browser downloads the document (a letter as PDF, an upload as it was). */
export function documentFileUrl(documentId: string): string {
  return `/api/documents/${id(documentId)}/pdf`;
}

export function fetchTemplate(type: DocumentType, signal?: AbortSignal): Promise<TemplateView> {
  return request(`/api/document-templates/${id(type)}`, { signal });
}

export function saveTemplate(type: DocumentType, body: string): Promise<TemplateView> {
  return request(`/api/document-templates/${id(type)}`, { method: 'PUT', body: { body } });
}

export function fetchDocumentSettings(signal?: AbortSignal): Promise<DocumentSettingsView> {
  return request('/api/document-settings', { signal });
}

export function saveDocumentSettings(body: DocumentSettingsRequest): Promise<DocumentSettingsView> {
  return request('/api/document-settings', { method: 'PUT', body });
}

/** The document as it is now, from a 409 `version_conflict`. */
export function conflictingDocument(error: unknown): DocumentView | undefined {
  if (!(error instanceof ApiError) || error.id !== 'version_conflict' || error.current == null) return;
  return error.current as DocumentView;
}
