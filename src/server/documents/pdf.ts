import PDFDocument from 'pdfkit';
import type { PrintedDocument } from '../../core/documents/printed.ts';

/**
 * A printed document as PDF (issue #14 item 4), made on the server by pdfkit: A4, the
 * municipality's letterhead, page numbers "Side 1 af 3", Danish text. Tagged (PDF 1.7 with a
 * structure tree: H1, H2, P, and the page furniture as artifacts), with the document's language and
 * title, so a screen reader reads it as text in order — an accessible letter, never an image.
 * The standard Helvetica's WinAnsi encoding holds æ, ø, å and the dashes a Danish letter uses.
 */

const MARGIN = 56; // 2 cm
const FOOTER_GAP = 28;

export async function renderPdf(doc: PrintedDocument): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + FOOTER_GAP, left: MARGIN, right: MARGIN },
    pdfVersion: '1.7',
    tagged: true,
    lang: 'da-DK',
    displayTitle: true,
    bufferPages: true,
    info: { Title: doc.title, Author: doc.municipality.name, Creator: 'Trappen' },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  const root = pdf.struct('Document');
  pdf.addStructure(root);
  const text = (tag: string, content: string, font: string, size: number, gap: number) => {
    root.add(
      pdf.struct(tag, {}, () => {
        pdf.font(font).fontSize(size).text(content, { paragraphGap: gap });
      }),
    );
  };

  text(
    'P',
    [doc.municipality.name, doc.municipality.address].filter(Boolean).join('\n'),
    'Helvetica-Bold',
    10,
    12,
  );
  if (doc.recipient.length > 0) text('P', doc.recipient.join('\n'), 'Helvetica', 11, 12);
  text('P', doc.dateText, 'Helvetica', 11, 18);
  text('H1', doc.title, 'Helvetica-Bold', 16, 12);
  for (const section of doc.sections) {
    if (section.heading) text('H2', section.heading, 'Helvetica-Bold', 12, 6);
    for (const p of section.paragraphs) text('P', p, 'Helvetica', 11, 10);
  }
  root.end();

  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    // The footer stands in the bottom margin: without lifting it, pdfkit would break to a new page.
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf.markContent('Artifact', { type: 'Pagination' });
    const y = pdf.page.height - MARGIN - 10;
    pdf
      .font('Helvetica')
      .fontSize(9)
      .text(`${doc.municipality.name} · ${doc.title}`, MARGIN, y, { lineBreak: false })
      .text(`Side ${i - range.start + 1} af ${range.count}`, MARGIN, y, {
        width: pdf.page.width - 2 * MARGIN,
        align: 'right',
        lineBreak: false,
      });
    pdf.endMarkedContent();
    pdf.page.margins.bottom = bottom;
  }
  pdf.end();
  return done;
}
