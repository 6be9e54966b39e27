import { describe, expect, it } from 'vitest';
import { permissionsOf } from '../core/access/permissions.ts';
import { ROLES, type Role } from '../core/access/roles.ts';
import { ROUTES } from './routes.ts';
import type { SessionUser } from './types.ts';
import { activeNavPath, menuOf } from './ui/nav.ts';

const everyone = { permissions: [...new Set(ROLES.flatMap((role) => permissionsOf(role, true)))] };
const NAV_ITEMS = menuOf(ROUTES, everyone as SessionUser);

describe('activeNavPath', () => {
  it('marks the most specific menu item, on whole path segments', () => {
    expect(activeNavPath(NAV_ITEMS, '/')).toBe('/');
    expect(activeNavPath(NAV_ITEMS, '/tilbud')).toBe('/tilbud');
    expect(activeNavPath(NAV_ITEMS, '/tilbud/3f0c/rediger')).toBe('/tilbud');
    expect(activeNavPath(NAV_ITEMS, '/tilbud/analyse')).toBe('/tilbud/analyse');
    expect(activeNavPath(NAV_ITEMS, '/boern/42')).toBe('/boern');
    expect(activeNavPath(NAV_ITEMS, '/tilbudxyz')).toBeUndefined();
  });
});

const menu = (role: Role, onCall = false) =>
  menuOf(ROUTES, { permissions: permissionsOf(role, onCall) } as SessionUser).map((item) => item.label);

/** The menu with Front's queue ("Modtagelse") in its place, after `after`. */
const withQueue = (labels: string[], after: string) => {
  const at = labels.indexOf(after) + 1;
  return [...labels.slice(0, at), 'Modtagelse', ...labels.slice(at)];
};

describe('the menu, from the route tables and the session permissions', () => {
  it('lists each role its pages, in one order across the areas (on call adds the intake queue)', () => {
    expect(menu('professional')).toEqual([
      'Forside',
      'Registrér bekymring',
      'Underret kommunen',
      'Mine underretninger',
      'Mødefora',
      'Børn',
      'Tilbudsvifte',
      'Indsatstrappe',
    ]);
    expect(menu('front')).toEqual([
      'Forside',
      'Modtagelse',
      'Distriktsmøde',
      'Nøgletal F8',
      'Børn',
      'Tilbudsvifte',
      'Analyse af tilbud',
      'Indsatstrappe',
    ]);
    expect(menu('preventive_worker')).toEqual([
      'Forside',
      'Mit overblik',
      'Registrér bekymring',
      'Underret kommunen',
      'Mine underretninger',
      'Distriktsmøde',
      'Mødefora',
      'Signaler',
      'Børn',
      'Tilbudsvifte',
      'Analyse af tilbud',
      'Indsatstrappe',
    ]);
    expect(menu('preventive_worker', true)).toEqual(
      withQueue(menu('preventive_worker'), 'Mine underretninger'),
    );
    expect(menu('caseworker')).toEqual([
      'Forside',
      'Mit overblik',
      'Distriktsmøde',
      'Mødefora',
      'Børn',
      'Tilbudsvifte',
      'Analyse af tilbud',
      'Indsatstrappe',
    ]);
    expect(menu('foster_care_consultant')).toEqual([
      'Forside',
      'Mit overblik',
      'Mødefora',
      'Børn',
      'Tilbudsvifte',
      'Analyse af tilbud',
      'Indsatstrappe',
    ]);
    expect(menu('leader')).toEqual([
      'Forside',
      'Distriktsmøde',
      'Mødefora',
      'Tilsyn med frister',
      'Nøgletal F8',
      'Tilsyn med sager',
      'Nøgletal for sager',
      'Nøgletal for mødefora',
      'Regler for sager',
      'Signaler',
      'Børn',
      'Tilbudsvifte',
      'Analyse af tilbud',
      'Indsatstrappe',
      'Revisionslog',
    ]);
    expect(menu('leader', true)).toEqual(withQueue(menu('leader'), 'Forside'));
    expect(menu('analyst')).toEqual([
      'Forside',
      'Nøgletal F8',
      'Nøgletal for sager',
      'Nøgletal for mødefora',
      'Tilbudsvifte',
      'Analyse af tilbud',
      'Indsatstrappe',
    ]);
    expect(menu('admin')).toEqual([
      'Forside',
      'Mødefora',
      'Regler for sager',
      'Regler for mødefora',
      'Regler for afgørelser og breve',
      'Brevskabeloner',
      'Tilbudsvifte',
      'Analyse af tilbud',
      'Indsatstrappe',
      'Regler for opsporing',
      'Revisionslog',
    ]);
    expect(menu('data_protection_officer')).toEqual(['Forside', 'Revisionslog']);
  });

  it('changes with on call only for those a shift lets screen and who read reports', () => {
    for (const role of ROLES.filter((r) => r !== 'preventive_worker' && r !== 'leader')) {
      expect(menu(role, true)).toEqual(menu(role));
    }
  });

  it('every path is declared once', () => {
    const paths = ROUTES.map((route) => route.path);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('says why on every guarded page', () => {
    expect(ROUTES.filter((route) => route.permission && !route.denied)).toEqual([]);
  });
});
