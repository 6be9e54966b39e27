/**
 * Attachments to a report (underretning): which files are accepted and how a file is checked
 * before it is stored. Pure. The same whitelist is the SQL CHECK of migration 006.
 *
 * A file is accepted when its media type is on the list, its name ends in an extension of that
 * type, its bytes begin the way files of that type begin (so a renamed program is refused), and
 * it holds at least one byte and at most 10 MB.
 */

import { isStorableText } from '../text.ts';

export const ATTACHMENT_MEDIA_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'text/plain',
] as const;
export type AttachmentMediaType = (typeof ATTACHMENT_MEDIA_TYPES)[number];

/** 10 MB (MiB): the largest file accepted. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export const ATTACHMENT_TYPE_INFO: Record<AttachmentMediaType, { label: string; extensions: string[] }> = {
  'application/pdf': { label: 'PDF', extensions: ['pdf'] },
  'image/jpeg': { label: 'JPEG-billede', extensions: ['jpg', 'jpeg'] },
  'image/png': { label: 'PNG-billede', extensions: ['png'] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    label: 'Word-dokument',
    extensions: ['docx'],
  },
  'text/plain': { label: 'Tekst', extensions: ['txt'] },
};

/** The media type a file name's extension stands for, or undefined when it is not accepted. */
export function mediaTypeOfName(fileName: string): AttachmentMediaType | undefined {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  return ATTACHMENT_MEDIA_TYPES.find((t) => ATTACHMENT_TYPE_INFO[t].extensions.includes(ext));
}

/**
 * No folders, no control characters, 1–200 characters: the rule of the SQL CHECK; and nothing
 * PostgreSQL cannot store (a lone surrogate), as the name goes into the audit row's jsonb too.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
const BAD_NAME = /[/\\\u0000-\u001f\u007f]/;

export function isValidFileName(fileName: string): boolean {
  return (
    fileName.length >= 1 &&
    fileName.length <= 200 &&
    !BAD_NAME.test(fileName) &&
    isStorableText(fileName) &&
    fileName !== '.' &&
    fileName !== '..' &&
    fileName.trim() === fileName
  );
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

/** Do the bytes look like a file of this type? (the first bytes; text: UTF-8 without NUL) */
export function contentMatchesType(bytes: Uint8Array, mediaType: AttachmentMediaType): boolean {
  switch (mediaType) {
    case 'application/pdf':
      return startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]); // %PDF-
    case 'image/jpeg':
      return startsWith(bytes, [0xff, 0xd8, 0xff]);
    case 'image/png':
      return startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case 'application/vnd.openxmlformats-officedocument.wordprocessingml.document':
      return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]); // a ZIP container
    case 'text/plain': {
      if (bytes.includes(0)) return false;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        return true;
      } catch {
        return false;
      }
    }
  }
}

export type AttachmentProblem = 'empty' | 'too_large' | 'name' | 'extension' | 'content';

export const ATTACHMENT_PROBLEM_MESSAGES: Record<AttachmentProblem, string> = {
  empty: 'Filen er tom.',
  too_large: 'Filen må højst fylde 10 MB.',
  name: 'Filnavnet må ikke indeholde mapper eller kontroltegn og højst være 200 tegn.',
  extension: 'Filnavnets endelse passer ikke til filtypen.',
  content: 'Filens indhold passer ikke til filtypen.',
};

/** The first problem with a file, or null when it may be stored. */
export function attachmentProblem(
  fileName: string,
  mediaType: AttachmentMediaType,
  bytes: Uint8Array,
): AttachmentProblem | null {
  if (!isValidFileName(fileName)) return 'name';
  if (mediaTypeOfName(fileName) !== mediaType) return 'extension';
  if (bytes.length === 0) return 'empty';
  if (bytes.length > MAX_ATTACHMENT_BYTES) return 'too_large';
  if (!contentMatchesType(bytes, mediaType)) return 'content';
  return null;
}

/**
 * `Content-Disposition: attachment` with an ASCII fallback name and the exact UTF-8 name
 * (RFC 6266 / RFC 5987), so "Lægens notat.pdf" arrives as itself and nothing can break the header.
 */
export function contentDisposition(fileName: string): string {
  const fallback =
    fileName
      .normalize('NFKD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\]/g, '_') || 'bilag';
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
