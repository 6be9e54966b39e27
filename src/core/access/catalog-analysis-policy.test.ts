import { describe, expect, it } from 'vitest';
import { mayEditCatalogSettings, mayMatchOffers, mayReadCatalogAnalysis } from './catalog-analysis-policy.ts';
import { ROLES, type Role } from './roles.ts';

// Written out from the issue rather than derived from the policy table.
// Everyone on staff but the professionals; the data-protection officer reads the audit log only.
const analysisReaders: Role[] = ROLES.filter((r) => r !== 'professional' && r !== 'data_protection_officer');

describe('catalog analysis policy', () => {
  it.each(ROLES)('%s reads the analysis unless a professional', (role) => {
    expect(mayReadCatalogAnalysis(role)).toBe(analysisReaders.includes(role));
  });

  it.each(ROLES)('%s changes the analysis settings only if admin', (role) => {
    expect(mayEditCatalogSettings(role)).toBe(role === 'admin');
  });

  it.each(ROLES)('%s may match offers unless the data-protection officer', (role) => {
    expect(mayMatchOffers(role)).toBe(role !== 'data_protection_officer');
  });

  it('denies a role it does not know', () => {
    const citizen = 'citizen' as Role;
    expect(mayReadCatalogAnalysis(citizen)).toBe(false);
    expect(mayEditCatalogSettings(citizen)).toBe(false);
    expect(mayMatchOffers(citizen)).toBe(false);
  });
});
