/**
 * The staff roles of domain.md, and the data-protection officer, who reads the whole audit log and
 * nothing else (src/core/access/audit-policy.ts). `citizen` comes later.
 */
export const ROLES = [
  'professional',
  'front',
  'preventive_worker',
  'caseworker',
  'foster_care_consultant',
  'leader',
  'analyst',
  'admin',
  'data_protection_officer',
] as const;
export type Role = (typeof ROLES)[number];

/** Danish names for the interface. */
export const ROLE_LABELS: Record<Role, string> = {
  professional: 'Fagperson',
  front: 'Modtagelsen (Front)',
  preventive_worker: 'Forebyggende socialrådgiver',
  caseworker: 'Rådgiver',
  foster_care_consultant: 'Familieplejekonsulent',
  leader: 'Leder',
  analyst: 'Analytiker',
  admin: 'Administrator',
  data_protection_officer: 'Databeskyttelsesrådgiver',
};
