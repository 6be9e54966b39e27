import type { Role } from './roles.ts';

/**
 * Who may use the catalog analysis and the offer match. Read this table as the specification.
 * Neither holds person data: the analysis counts offers and places, and the match takes an age
 * and ICS areas, never a child. Still, the analysis is steering information for the
 * municipality's own staff, not for professionals in schools and daycare, who see the catalog
 * itself (catalog-policy.ts). Deny by default: a role missing here (a future `citizen`) may do
 * nothing.
 */
export interface CatalogAnalysisPolicy {
  /** GET /api/catalog/analysis: coverage, shares and gaps */
  readAnalysis: boolean;
  /** PUT /api/catalog/settings: the thresholds of the gap rules */
  editSettings: boolean;
  /** GET /api/offers/match: suitable offers for an age, areas and a current step */
  match: boolean;
}

export const CATALOG_ANALYSIS_POLICY: Readonly<Record<Role, CatalogAnalysisPolicy>> = {
  professional: { readAnalysis: false, editSettings: false, match: true },
  front: { readAnalysis: true, editSettings: false, match: true },
  preventive_worker: { readAnalysis: true, editSettings: false, match: true },
  caseworker: { readAnalysis: true, editSettings: false, match: true },
  foster_care_consultant: { readAnalysis: true, editSettings: false, match: true },
  leader: { readAnalysis: true, editSettings: false, match: true },
  analyst: { readAnalysis: true, editSettings: false, match: true },
  admin: { readAnalysis: true, editSettings: true, match: true },
  // The data-protection officer reads the audit log only (audit-policy.ts).
  data_protection_officer: { readAnalysis: false, editSettings: false, match: false },
};

export function mayReadCatalogAnalysis(role: Role): boolean {
  return CATALOG_ANALYSIS_POLICY[role]?.readAnalysis === true;
}

export function mayEditCatalogSettings(role: Role): boolean {
  return CATALOG_ANALYSIS_POLICY[role]?.editSettings === true;
}

export function mayMatchOffers(role: Role): boolean {
  return CATALOG_ANALYSIS_POLICY[role]?.match === true;
}
