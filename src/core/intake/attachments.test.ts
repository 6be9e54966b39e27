import { describe, expect, it } from 'vitest';
import {
  attachmentProblem,
  contentDisposition,
  MAX_ATTACHMENT_BYTES,
  mediaTypeOfName,
} from './attachments.ts';

const PDF = new TextEncoder().encode('%PDF-1.4\n');
const DOCX = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0]);

describe('attachments', () => {
  it('knows the accepted types by their extensions, in any case', () => {
    expect(mediaTypeOfName('Rapport.PDF')).toBe('application/pdf');
    expect(mediaTypeOfName('foto.jpeg')).toBe('image/jpeg');
    expect(mediaTypeOfName('foto.JPG')).toBe('image/jpeg');
    expect(mediaTypeOfName('notat.docx')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(mediaTypeOfName('notat.doc')).toBeUndefined();
    expect(mediaTypeOfName('program.exe')).toBeUndefined();
  });

  it('accepts a file whose name, type and first bytes agree, and says what is wrong otherwise', () => {
    expect(attachmentProblem('a.pdf', 'application/pdf', PDF)).toBeNull();
    expect(
      attachmentProblem(
        'a.docx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        DOCX,
      ),
    ).toBeNull();
    expect(attachmentProblem('a.txt', 'text/plain', new TextEncoder().encode('Hej æøå'))).toBeNull();
    expect(attachmentProblem('a.txt', 'application/pdf', PDF)).toBe('extension');
    expect(attachmentProblem('a.png', 'image/png', PDF)).toBe('content');
    expect(attachmentProblem('a.txt', 'text/plain', new Uint8Array([0x41, 0, 0x42]))).toBe('content');
    expect(attachmentProblem('a.txt', 'text/plain', new Uint8Array([0xc3, 0x28]))).toBe('content');
    expect(attachmentProblem('a.txt', 'text/plain', new Uint8Array())).toBe('empty');
    expect(attachmentProblem('a.pdf', 'application/pdf', new Uint8Array(MAX_ATTACHMENT_BYTES + 1))).toBe(
      'too_large',
    );
    for (const name of ['mappe/a.pdf', 'c:\\a.pdf', 'a\u0000.pdf', ' a.pdf', `${'x'.repeat(197)}.pdf`])
      expect(attachmentProblem(name, 'application/pdf', PDF)).toBe('name');
  });

  it('refuses a name with a lone surrogate, which the audit row (jsonb) cannot hold', () => {
    for (const name of ['a\ud800.pdf', '\udc00.pdf', 'x😀\ud83d.pdf'])
      expect(attachmentProblem(name, 'application/pdf', PDF)).toBe('name');
    expect(attachmentProblem('Børnehave 😀.pdf', 'application/pdf', PDF)).toBeNull();
  });

  it('names the file in Content-Disposition exactly, with an ASCII fallback that cannot break the header', () => {
    expect(contentDisposition('Lægens notat.pdf')).toBe(
      `attachment; filename="Lgens notat.pdf"; filename*=UTF-8''L%C3%A6gens%20notat.pdf`,
    );
    expect(contentDisposition('a"b\\c.txt')).toBe(
      `attachment; filename="a_b_c.txt"; filename*=UTF-8''a%22b%5Cc.txt`,
    );
    expect(contentDisposition('ææ')).toMatch(/^attachment; filename="bilag";/);
  });
});
