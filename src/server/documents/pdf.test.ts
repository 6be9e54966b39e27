import { describe, expect, it } from 'vitest';
import { sectionsOf } from '../../core/documents/printed.ts';
import { readPdf } from './pdf.testing.ts';
import { renderPdf } from './pdf.ts';

const letter = {
  title: 'Afgørelse om anbringelse',
  municipality: { name: 'Demo Kommune', address: 'Rådhuspladsen 1, 9999 Demoby' },
  dateText: '4. december 2026',
  recipient: ['Åse Øster', 'Ærøvej 2, 9999 Demoby'],
};

describe('a PDF of a printed document', () => {
  it('holds the reasons and the appeal guidance as text, in Danish, tagged, with page numbers', async () => {
    const reasons = 'Kommunen har lagt vægt på, at Ærtur ikke kommer i skole. '.repeat(200);
    const text = `# Begrundelse\n${reasons}\n\n# Klagevejledning\nDu kan klage over afgørelsen til Ankestyrelsen inden 4 uger.`;
    const pdf = await renderPdf({ ...letter, sections: sectionsOf(text) });
    expect(pdf.subarray(0, 8).toString()).toBe('%PDF-1.7');
    const { pages, lang, marked } = await readPdf(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const all = pages.join(' ');
    expect(all).toContain('Afgørelse om anbringelse');
    expect(all).toContain('Åse Øster');
    expect(all).toContain('Kommunen har lagt vægt på, at Ærtur ikke kommer i skole.');
    expect(all).toContain('Du kan klage over afgørelsen til Ankestyrelsen inden 4 uger.');
    expect(pages[0]).toContain(`Side 1 af ${pages.length}`);
    expect(pages.at(-1)).toContain(`Side ${pages.length} af ${pages.length}`);
    expect(marked).toBe(true);
    expect(lang).toBe('da-DK');
  });
});

describe('a letter’s text as sections', () => {
  it('reads "# " lines as headings and blank lines as the end of a paragraph', () => {
    expect(sectionsOf('Kære Åse\n\n# Afgørelse\nLinje 1\nLinje 2\n\nAfsnit 2\n# Klage\nTekst')).toEqual([
      { heading: null, paragraphs: ['Kære Åse'] },
      { heading: 'Afgørelse', paragraphs: ['Linje 1\nLinje 2', 'Afsnit 2'] },
      { heading: 'Klage', paragraphs: ['Tekst'] },
    ]);
  });
});
