import { describe, expect, it } from 'vitest';
import { permissionsOf } from './permissions.ts';

describe('permissions for the interface', () => {
  it('give analysts and admins no person permissions', () => {
    expect(permissionsOf('analyst')).toEqual(['catalog:read', 'catalog:analysis']);
    for (const p of permissionsOf('admin')) expect(p).not.toMatch(/^(children|concerns|signals|wellbeing)/);
    expect(permissionsOf('admin')).toEqual(
      expect.arrayContaining(['audit:read', 'catalog:edit', 'detection_settings:edit']),
    );
  });

  it('let professionals read the catalog, register concerns and rate wellbeing, but not the analysis', () => {
    const p = permissionsOf('professional');
    expect(p).toEqual(
      expect.arrayContaining(['children:search', 'catalog:read', 'concerns:create', 'wellbeing:rate']),
    );
    expect(p).not.toContain('catalog:analysis');
    expect(p).not.toContain('concerns:read');
  });

  it('give the preventive worker the queue', () => {
    expect(permissionsOf('preventive_worker')).toEqual(
      expect.arrayContaining(['signals:read', 'signals:act']),
    );
  });
});
