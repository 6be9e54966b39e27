import type { Role } from './roles.ts';

/**
 * Who reads which key figures, and with which suppression (domain.md, the catalog of figures and
 * the roles). Figures are aggregates — no person is named — so they are read across the whole
 * municipality by those who steer it:
 *
 * - The leader reads every figure, unsuppressed: it supervises the work behind each count.
 * - The analyst reads every figure with counts of 1–4 (and their complements) hidden, so a small
 *   district cannot point at one family.
 * - Front reads F8, the deadlines of its own reception.
 * - Every other role reads no figure.
 *
 * Deny by default: a figure not listed for a role is not given.
 */

/** F-numbers as domain.md's catalog; FR1–FR4 are the forums' figures (docs/figures.md). */
export const FIGURE_IDS = ['F8', 'F9', 'F11', 'F12', 'FR1', 'FR2', 'FR3', 'FR4'] as const;
export type FigureId = (typeof FIGURE_IDS)[number];

export interface FigurePolicy {
  figures: readonly FigureId[];
  /** counts from 1 to suppressBelow − 1 are not published (0: nothing suppressed) */
  suppressBelow: number;
}

const ALL: readonly FigureId[] = FIGURE_IDS;

export const FIGURE_POLICY: Readonly<Record<Role, FigurePolicy | null>> = {
  professional: null,
  front: { figures: ['F8'], suppressBelow: 0 },
  preventive_worker: null,
  caseworker: null,
  foster_care_consultant: null,
  leader: { figures: ALL, suppressBelow: 0 },
  analyst: { figures: ALL, suppressBelow: 5 },
  admin: null,
  data_protection_officer: null,
};

/** The suppression threshold of this figure for this role, or null when the role may not read it. */
export function figureSuppression(role: Role, figure: FigureId): number | null {
  const policy = FIGURE_POLICY[role];
  return policy?.figures.includes(figure) ? policy.suppressBelow : null;
}

export const FIGURE_PERMISSIONS = FIGURE_IDS.map((f) => `figures:${f}` as const);
export type FigurePermission = `figures:${FigureId}`;

/** What the interface may offer a role (menus); the server checks every figure again. */
export function figurePermissionsOf(role: Role): FigurePermission[] {
  return (FIGURE_POLICY[role]?.figures ?? []).map((f) => `figures:${f}` as const);
}
