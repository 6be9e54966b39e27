import { type CaseFacts, decideCaseAccess } from './case-policy.ts';
import type { Role } from './roles.ts';

/**
 * Who may do what with a case's decisions, consultations and documents (issue #14 item 6). Read
 * the table as the specification:
 *
 * - Those who write the case (case-policy.ts `write`: the assigned caseworker, the assigned
 *   preventive worker) record decisions, consult the parties, write letters, finalise and upload.
 * - Those who read the case in full (case-policy.ts `read`: the district's caseworkers as a team
 *   read, the assigned foster-care consultant, the district's leader) read them and download their
 *   PDFs; every read and download is audited.
 * - A leader of the case's district co-signs a decision where the municipality requires a second
 *   signature for its type.
 * - Professionals, Front, the analyst, the admin and the data-protection officer never see a
 *   document: they read no case.
 * - The admin keeps the templates, the appeal guidance per decision type and the consultation rule;
 *   those who write documents read the templates they render from.
 *
 * Deny by default: a right not named here is not given.
 */

export interface DocumentsPolicy {
  /** keep the templates, appeal guidance, second signatures and the consultation rule */
  settingsEdit: boolean;
  /** read the templates and the settings (rules, not person data) */
  settingsRead: boolean;
  /** co-sign decisions on the cases of its own districts */
  sign: boolean;
}

const NOTHING: DocumentsPolicy = { settingsEdit: false, settingsRead: false, sign: false };
const WRITER: DocumentsPolicy = { ...NOTHING, settingsRead: true };

export const DOCUMENTS_POLICY: Readonly<Record<Role, DocumentsPolicy>> = {
  professional: NOTHING,
  front: NOTHING,
  preventive_worker: WRITER,
  caseworker: WRITER,
  foster_care_consultant: WRITER,
  leader: { ...WRITER, sign: true },
  analyst: NOTHING,
  admin: { ...NOTHING, settingsEdit: true, settingsRead: true },
  data_protection_officer: NOTHING,
};

/** May this role read the case's documents? Those who read the case in full. */
export function mayReadDocuments(role: Role, facts: CaseFacts): boolean {
  return decideCaseAccess(role, 'read', facts).allowed;
}

/** May this role write the case's decisions, consultations and documents? Those who write the case. */
export function mayWriteDocuments(role: Role, facts: CaseFacts): boolean {
  return decideCaseAccess(role, 'write', facts).allowed;
}

/** May this role co-sign a decision on this case? A leader of the case's district. */
export function maySignDecision(role: Role, facts: Pick<CaseFacts, 'inOwnDistricts'>): boolean {
  return DOCUMENTS_POLICY[role].sign && facts.inOwnDistricts;
}

export const DOCUMENT_PERMISSIONS = ['documents:settings', 'documents:templates', 'decisions:sign'] as const;
export type DocumentPermission = (typeof DOCUMENT_PERMISSIONS)[number];

/** What the interface may offer a role; the server checks the case again. */
export function documentPermissionsOf(role: Role): DocumentPermission[] {
  const p = DOCUMENTS_POLICY[role];
  const out: DocumentPermission[] = [];
  if (p.settingsEdit) out.push('documents:settings');
  if (p.settingsRead) out.push('documents:templates');
  if (p.sign) out.push('decisions:sign');
  return out;
}
