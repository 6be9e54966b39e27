import { describe, expect, it } from 'vitest';
import { PERMISSIONS, permissionsOf } from './permissions.ts';
import { ROLES } from './roles.ts';

describe('permissions for the interface', () => {
  it('give analysts and admins no person permissions', () => {
    expect(permissionsOf('analyst')).toEqual([
      'catalog:read',
      'catalog:analysis',
      'detection_settings:read',
      'casework_settings:read',
      'figures:F8',
      'figures:F9',
      'figures:F11',
      'figures:F12',
      'figures:FR1',
      'figures:FR2',
      'figures:FR3',
      'figures:FR4',
      'offers:match',
    ]);
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

  it('gather intake and case work: Front registers and matches but has no own form and reads no case', () => {
    const p = permissionsOf('front');
    expect(p).toEqual(
      expect.arrayContaining(['reports:register', 'reports:match', 'reports:screen', 'cases:open']),
    );
    expect(p).not.toContain('reports:create');
    expect(p).not.toContain('cases:read');
    expect(permissionsOf('professional')).toContain('reports:create');
  });

  it('widen screening while on call, and nothing else', () => {
    const off = permissionsOf('caseworker');
    const on = permissionsOf('caseworker', true);
    expect(off).not.toContain('reports:screen');
    expect(on.filter((p) => !off.includes(p))).toEqual(['reports:screen']);
  });

  it("let only the leader and the admin change the rules, and only the admin intake's", () => {
    const editors = (perm: string) => ROLES.filter((r) => (permissionsOf(r) as string[]).includes(perm));
    expect(editors('casework_settings:edit')).toEqual(['leader', 'admin']);
    expect(editors('intake_settings:edit')).toEqual(['admin']);
    expect(editors('on_call:manage')).toEqual(['leader', 'admin']);
    expect(editors('cases:supervise')).toEqual(['leader']);
  });

  it('list every permission once', () => {
    expect(new Set(PERMISSIONS).size).toBe(PERMISSIONS.length);
  });
});
