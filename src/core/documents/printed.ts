/**
 * A document as it is printed (issue #14 item 4): the municipality's letterhead, a title, the date,
 * the recipient, and sections of paragraphs. The letter's text (templates.ts) becomes sections by
 * two plain-text habits a caseworker already uses: a blank line ends a paragraph, and a line
 * starting with "# " is a heading. Pure, so the web's preview and the server's PDF read the same.
 */

export interface PrintedSection {
  heading: string | null;
  paragraphs: string[];
}

export interface PrintedDocument {
  title: string;
  municipality: { name: string; address: string | null };
  /** Danish, e.g. "4. december 2026" */
  dateText: string;
  /** the recipient's name and address lines; empty for a document not sent (a plan printed) */
  recipient: string[];
  sections: PrintedSection[];
}

/** The letter's text as sections: "# " lines are headings, blank lines end paragraphs. */
export function sectionsOf(text: string): PrintedSection[] {
  const sections: PrintedSection[] = [];
  let current: PrintedSection = { heading: null, paragraphs: [] };
  let paragraph: string[] = [];
  const endParagraph = () => {
    if (paragraph.length > 0) current.paragraphs.push(paragraph.join('\n'));
    paragraph = [];
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (line.startsWith('# ')) {
      endParagraph();
      if (current.heading !== null || current.paragraphs.length > 0) sections.push(current);
      current = { heading: line.slice(2).trim(), paragraphs: [] };
    } else if (line.trim() === '') {
      endParagraph();
    } else {
      paragraph.push(line);
    }
  }
  endParagraph();
  if (current.heading !== null || current.paragraphs.length > 0) sections.push(current);
  return sections;
}

const LETTER_DATE = new Intl.DateTimeFormat('da-DK', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A calendar date as a letter writes it: `2026-12-04` → "4. december 2026". */
export function letterDate(date: string): string {
  return LETTER_DATE.format(new Date(`${date}T12:00:00Z`));
}
