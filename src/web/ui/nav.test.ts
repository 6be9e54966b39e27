import { describe, expect, it } from 'vitest';
import { activeNavPath, NAV_ITEMS } from './nav.ts';

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
