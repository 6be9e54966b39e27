/**
 * The receipt text to a professional reporter (rule receipt-6d). It confirms the report and
 * its time of receipt only: the child's identity and the municipality's assessment do not
 * belong in a message that may travel by ordinary e-mail.
 */
export interface ReceiptInput {
  reporterName: string | null;
  organisation: string | null;
  receivedAt: Date;
  reference: string;
  municipalityName: string;
}

const DANISH_DATE_TIME = new Intl.DateTimeFormat('da-DK', {
  timeZone: 'Europe/Copenhagen',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "2. marts 2026 kl. 09.00", in Copenhagen time. */
export function danishDateTime(at: Date): string {
  return DANISH_DATE_TIME.format(at);
}

export function receiptText(r: ReceiptInput): string {
  const greeting = r.reporterName ? `Kære ${r.reporterName}` : 'Kære underretter';
  const from = r.organisation ? ` (${r.organisation})` : '';
  return [
    `${greeting}${from}`,
    '',
    `${r.municipalityName} bekræfter at have modtaget din underretning den ${danishDateTime(r.receivedAt)} (reference ${r.reference}).`,
    'Som fagperson får du senere besked om, hvorvidt kommunen har iværksat en børnefaglig undersøgelse eller en foranstaltning (Barnets Lov § 137).',
    '',
    'Med venlig hilsen',
    `Modtagelsen, ${r.municipalityName}`,
  ].join('\n');
}

export type FeedbackOutcome = 'assessment' | 'measure' | 'none';

export const FEEDBACK_OUTCOME_LABELS: Record<FeedbackOutcome, string> = {
  assessment: 'Der er iværksat en børnefaglig undersøgelse',
  measure: 'Der er iværksat en foranstaltning',
  none: 'Der er ikke iværksat undersøgelse eller foranstaltning',
};

/**
 * The feedback to a professional reporter (rule reporter-feedback, BL § 137, stk. 1): only
 * whether an assessment or a measure was started, nothing of the reasons.
 */
export function feedbackText(r: ReceiptInput & { outcome: FeedbackOutcome }): string {
  const greeting = r.reporterName ? `Kære ${r.reporterName}` : 'Kære underretter';
  return [
    greeting,
    '',
    `Om din underretning den ${danishDateTime(r.receivedAt)} (reference ${r.reference}): ${FEEDBACK_OUTCOME_LABELS[r.outcome].toLowerCase()}.`,
    '',
    'Med venlig hilsen',
    `Modtagelsen, ${r.municipalityName}`,
  ].join('\n');
}
