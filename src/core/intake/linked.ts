/**
 * Linked reports: earlier and later reports about the same child or a sibling in the same
 * household. Several reports in a short time is the strongest signal intake has, so three or
 * more within 12 months (this one included) is flagged at screening and in the meeting.
 */

export const LINKED_FLAG_COUNT = 3;
export const LINKED_WINDOW_MONTHS = 12;

export interface LinkCandidate {
  id: string;
  childId: string | null;
  householdId: string | null;
  receivedAt: Date;
}

export interface LinkedReports {
  /** the other reports about the child or siblings, newest first */
  reports: { id: string; childId: string; receivedAt: Date; sibling: boolean }[];
  /** this report and its linked ones within the 12 months up to the latest of them (1 when alone) */
  inWindow: number;
  flagged: boolean;
}

/** The instant `months` calendar months before `at` (UTC calendar; a day either way is immaterial here). */
function monthsBefore(at: Date, months: number): Date {
  const d = new Date(at.getTime());
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

export function linkedReports(report: LinkCandidate, candidates: readonly LinkCandidate[]): LinkedReports {
  if (!report.childId) return { reports: [], inWindow: 1, flagged: false };
  const related = candidates.filter(
    (c) =>
      c.id !== report.id &&
      c.childId !== null &&
      (c.childId === report.childId || (report.householdId !== null && c.householdId === report.householdId)),
  );
  // The window ends at the family's latest report, so every report of a cluster shows the flag,
  // the first one too: at screening the later reports are already known.
  const latest = Math.max(report.receivedAt.getTime(), ...related.map((c) => c.receivedAt.getTime()));
  const from = monthsBefore(new Date(latest), LINKED_WINDOW_MONTHS);
  const inWindow = [report, ...related].filter((c) => c.receivedAt.getTime() > from.getTime()).length;
  return {
    reports: related
      .map((c) => ({
        id: c.id,
        childId: c.childId as string,
        receivedAt: c.receivedAt,
        sibling: c.childId !== report.childId,
      }))
      .sort((a, b) => b.receivedAt.getTime() - a.receivedAt.getTime()),
    inWindow,
    flagged: inWindow >= LINKED_FLAG_COUNT,
  };
}
