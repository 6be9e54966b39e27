import {
  ATTACHMENT_MEDIA_TYPES,
  ATTACHMENT_TYPE_INFO,
  type AttachmentMediaType,
  MAX_ATTACHMENT_BYTES,
  mediaTypeOfName,
} from '../../core/intake/attachments.ts';

/**
 * A file the user picked, made ready for the API's one upload shape (`{fileName, mediaType,
 * contentBase64}`: a report's attachment, a file in a case's archive). The browser checks what it
 * can before sending 10 MB; the server checks the type, the size and the content again.
 */

/** The `accept` of a file picker: the media types and their extensions (.docx often has no type). */
export const UPLOAD_ACCEPT = ATTACHMENT_MEDIA_TYPES.flatMap((t) => [
  t,
  ...ATTACHMENT_TYPE_INFO[t].extensions.map((e) => `.${e}`),
]).join(',');

export const UPLOAD_TYPES_TEXT = 'PDF, billeder (JPEG, PNG), Word (docx) eller tekst, højst 10 MB';

export interface UploadFile {
  fileName: string;
  mediaType: AttachmentMediaType;
  contentBase64: string;
}

/** The file as base64, without the `data:…;base64,` prefix the browser puts before it. */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('Filen kunne ikke læses.'));
    reader.readAsDataURL(file);
  });
}

/**
 * The file checked and read; a refusal is an Error whose Danish message begins with the file's
 * name, so a list of several files can say which one.
 */
export async function readUploadFile(file: File): Promise<UploadFile> {
  // Browsers often know no type for .docx: the name's extension decides, as on the server.
  const mediaType = mediaTypeOfName(file.name);
  if (!mediaType) throw new Error(`${file.name}: filtypen kan ikke vedhæftes (PDF, JPEG, PNG, docx, txt).`);
  if (file.size > MAX_ATTACHMENT_BYTES) throw new Error(`${file.name}: filen må højst fylde 10 MB.`);
  if (file.size === 0) throw new Error(`${file.name}: filen er tom.`);
  return { fileName: file.name, mediaType, contentBase64: await readBase64(file) };
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}
