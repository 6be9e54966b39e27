import { mayReadAudit } from './audit-policy.ts';
import { CASE_PERMISSIONS, casePermissionsOf } from './case-policy.ts';
import { mayEditCatalogSettings, mayMatchOffers, mayReadCatalogAnalysis } from './catalog-analysis-policy.ts';
import { mayEditCatalog, mayReadCatalog } from './catalog-policy.ts';
import { DETECTION_PERMISSIONS, detectionPermissionsOf } from './detection-policy.ts';
import { DOCUMENT_PERMISSIONS, documentPermissionsOf } from './documents-policy.ts';
import { FIGURE_PERMISSIONS, figurePermissionsOf } from './figures-policy.ts';
import { FORUM_PERMISSIONS, forumPermissionsOf } from './forums-policy.ts';
import { INTAKE_PERMISSIONS, intakePermissionsOf } from './intake-policy.ts';
import { POLICY } from './policy.ts';
import type { Role } from './roles.ts';

/**
 * What the interface may offer a role — the session's one `permissions` list —, gathered from each
 * area's policy. Only menus and buttons
 * follow these; the server checks every action again against the policies themselves.
 */
export const PERMISSIONS = [
  'children:search',
  'children:read',
  'audit:read',
  'emergency_access:request',
  'catalog:read',
  'catalog:edit',
  'catalog:analysis',
  ...DETECTION_PERMISSIONS,
  ...INTAKE_PERMISSIONS,
  ...CASE_PERMISSIONS,
  ...FIGURE_PERMISSIONS,
  ...FORUM_PERMISSIONS,
  ...DOCUMENT_PERMISSIONS,
  'catalog_settings:edit',
  'offers:match',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export function permissionsOf(role: Role, onCall = false): Permission[] {
  const policy = POLICY[role];
  const out: Permission[] = [];
  if (policy.childScopes.length > 0) out.push('children:search', 'children:read');
  if (mayReadAudit(role)) out.push('audit:read');
  if (policy.emergencyAccess) out.push('emergency_access:request');
  if (mayReadCatalog(role)) out.push('catalog:read');
  if (mayEditCatalog(role)) out.push('catalog:edit');
  if (mayReadCatalogAnalysis(role)) out.push('catalog:analysis');
  out.push(...detectionPermissionsOf(role));
  out.push(...intakePermissionsOf(role, onCall));
  out.push(...casePermissionsOf(role));
  out.push(...figurePermissionsOf(role));
  out.push(...forumPermissionsOf(role));
  out.push(...documentPermissionsOf(role));
  if (mayEditCatalogSettings(role)) out.push('catalog_settings:edit');
  if (mayMatchOffers(role)) out.push('offers:match');
  return out;
}
