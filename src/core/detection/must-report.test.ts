import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RISK_FACTORS } from './factors.ts';
import { DUTY_TO_REPORT_TEXT, decideMustReport, violenceWords } from './must-report.ts';

describe('violence and abuse in a text', () => {
  it.each([
    ['Han fortæller, at far slår ham, når han er sur.', ['slår']],
    ['Hun har blå mærker på armene.', ['blå mærker']],
    ['Mistanke om VOLD i hjemmet', ['vold']],
    ['Voldelige episoder mellem forældrene', ['voldelige']],
    ['Barnet har fået tæsk', ['tæsk']],
    ['Mor siger, at barnet er blevet misbrugt seksuelt.', ['seksuelt', 'misbrugt']],
    ['Der er tale om overgreb.', ['overgreb']],
    ['Pigen føler sig krænket', ['krænket']],
  ])('finds the words in «%s»', (text, words) => {
    expect(violenceWords(text).sort()).toEqual([...words].sort());
  });

  it.each([
    'Voldsomme raserianfald i frikvarteret.',
    'Forældrenes misbrug af alkohol fylder meget.',
    'Han slog sig på legepladsen og græd.',
    'Omvold og tilvold er ikke ord.',
    'Skolen har et slagord om trivsel.',
  ])('does not hit on «%s» beyond what it says', (text) => {
    // "slog" is a hit on purpose (hit on the side of caution); the rest are not.
    const words = violenceWords(text);
    expect(words.filter((w) => w !== 'slog')).toEqual([]);
  });
});

describe('the duty to report', () => {
  it('holds below the threshold and not at or above it', () => {
    expect(decideMustReport({ level: 4, riskFactors: [] }, 5).mustReport).toBe(true);
    expect(decideMustReport({ level: 5, riskFactors: [] }, 5).mustReport).toBe(false);
    expect(decideMustReport({ level: 5, riskFactors: [] }, 6).mustReport).toBe(true);
  });

  it('holds whatever the level when violence is a chosen factor or the text points to it', () => {
    const factor = decideMustReport({ level: 9, riskFactors: ['violence'] }, 5);
    expect(factor).toMatchObject({ mustReport: true, violenceOrAbuse: true });
    expect(factor.reasons[0]).toContain('«Vold»');
    const text = decideMustReport(
      { level: 8, riskFactors: [], texts: ['Hun siger, at mor har slået hende.'] },
      5,
    );
    expect(text).toMatchObject({ mustReport: true, violenceOrAbuse: true });
    expect(text.reasons[0]).toContain('«slået»');
  });

  it('follows the level alone when there are no factors of violence and no texts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 2, max: 10 }),
        fc.subarray(RISK_FACTORS.filter((f) => f !== 'violence')),
        (level, threshold, riskFactors) => {
          const d = decideMustReport({ level, riskFactors }, threshold);
          expect(d.mustReport).toBe(level < threshold);
          expect(d.reasons.length > 0).toBe(d.mustReport);
          expect(d.violenceOrAbuse).toBe(false);
        },
      ),
    );
  });

  it('says plainly where to report: the report form, to Front', () => {
    expect(DUTY_TO_REPORT_TEXT).toMatch(/underretningspligt/);
    expect(DUTY_TO_REPORT_TEXT).toMatch(/underretningsskemaet/);
    expect(DUTY_TO_REPORT_TEXT).toMatch(/Modtagelsen/);
  });
});
