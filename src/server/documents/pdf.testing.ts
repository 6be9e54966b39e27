import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Reading a PDF back as a reader (and a screen reader) gets it: pdf.js, the maintained reader. */

const fonts = `${path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

export interface PdfRead {
  /** each page's text, whitespace made single spaces */
  pages: string[];
  lang: unknown;
  /** a tagged PDF (MarkInfo /Marked true) */
  marked: boolean;
}

export async function readPdf(pdf: Uint8Array): Promise<PdfRead> {
  const doc = await getDocument({
    data: new Uint8Array(pdf),
    useSystemFonts: false,
    standardFontDataUrl: fonts,
  }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' '),
    );
  }
  const markInfo = await doc.getMarkInfo();
  const meta = await doc.getMetadata();
  return { pages, lang: (meta.info as Record<string, unknown>).Language, marked: markInfo?.Marked === true };
}
