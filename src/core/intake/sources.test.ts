import { describe, expect, it } from 'vitest';
import { REPORT_SOURCES, SOURCE_INFO } from './sources.ts';

describe('report sources', () => {
  it('labels every source in Danish and counts only universal services as universal', () => {
    for (const source of REPORT_SOURCES) expect(SOURCE_INFO[source].label.length).toBeGreaterThan(2);
    const universal = REPORT_SOURCES.filter((s) => SOURCE_INFO[s].universal);
    expect(universal).toEqual(['school', 'daycare', 'club', 'health_visitor', 'dental']);
    expect(universal.every((s) => SOURCE_INFO[s].professional)).toBe(true);
    expect(SOURCE_INFO.anonymous.professional).toBe(false);
  });
});
