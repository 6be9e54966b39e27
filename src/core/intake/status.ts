/**
 * What a professional reporter may see of their own report: its status, never its content or
 * decisions beyond the feedback the law gives them (reporter-feedback, BL § 137, stk. 1).
 */
export const REPORT_STATUSES = ['received', 'screened', 'closed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** The reporter's three words, as for concerns: received → in progress → closed. */
export const REPORTER_STATUS_LABELS: Record<ReportStatus, string> = {
  received: 'Modtaget',
  screened: 'Under behandling',
  closed: 'Afsluttet',
};
