import { describe, expect, it } from 'vitest';
import { mayEditCatalog, mayReadCatalog } from './catalog-policy.ts';
import { ROLES, type Role } from './roles.ts';

describe('catalog policy', () => {
  it.each(ROLES)('%s may read the catalog unless the data-protection officer', (role) => {
    expect(mayReadCatalog(role)).toBe(role !== 'data_protection_officer');
  });

  it.each(ROLES)('%s may edit the catalog only if admin', (role) => {
    expect(mayEditCatalog(role)).toBe(role === 'admin');
  });

  it('denies a role it does not know', () => {
    expect(mayReadCatalog('citizen' as Role)).toBe(false);
    expect(mayEditCatalog('citizen' as Role)).toBe(false);
  });
});
