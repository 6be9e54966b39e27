/**
 * A concern's life as its author sees it. It is editable by its author until someone acts on
 * it (a preventive worker acknowledges, contacts or closes a signal it is part of); after that
 * it is locked and its author appends corrections, so what the preventive worker acted on stays
 * readable as it was.
 */

export const CONCERN_STATUSES = ['received', 'in_progress', 'closed'] as const;
export type ConcernStatus = (typeof CONCERN_STATUSES)[number];

/** Feedback to the professional: the status of their own submission, never others' content. */
export const CONCERN_STATUS_LABELS: Record<ConcernStatus, string> = {
  received: 'Modtaget',
  in_progress: 'Under behandling',
  closed: 'Afsluttet',
};

export interface ConcernLockState {
  authorId: string;
  /** when someone first acted on it; null while nobody has */
  lockedAt: Date | null;
}

export function isLocked(concern: ConcernLockState): boolean {
  return concern.lockedAt !== null;
}

export function mayEditConcern(concern: ConcernLockState, userId: string): boolean {
  return concern.authorId === userId && !isLocked(concern);
}

/** Corrections are the author's, before and after the lock. */
export function mayCorrectConcern(concern: ConcernLockState, userId: string): boolean {
  return concern.authorId === userId;
}

export const MAX_AREA_TEXT = 2000;
export const MAX_CORRECTION_TEXT = 2000;
