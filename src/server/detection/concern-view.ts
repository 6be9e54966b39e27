import type { ConcernView } from '../../core/api/detection.ts';
import { CONCERN_STATUS_LABELS, mayEditConcern } from '../../core/detection/concern.ts';
import {
  ICS_AREA_LABELS,
  ICS_AREAS,
  inListOrder,
  PROTECTIVE_FACTOR_INFO,
  PROTECTIVE_FACTORS,
  RISK_FACTOR_LABELS,
  RISK_FACTORS,
} from '../../core/detection/factors.ts';
import { bandOf } from '../../core/detection/scale.ts';
import { AREA_COLUMNS, type ConcernRow, type CorrectionRow } from './concerns.queries.ts';

/** A concern row as the API shows it; `editable` is for the reader (only its author, before the lock). */
export function concernView(
  row: ConcernRow,
  corrections: readonly CorrectionRow[],
  readerId: string,
): ConcernView {
  return {
    id: row.id,
    child: { id: row.child_id, firstName: row.child_first_name, lastName: row.child_last_name },
    author: { id: row.author_id, name: row.author_name, title: row.author_title },
    unit: row.unit_id ? { id: row.unit_id, name: row.unit_name ?? '', kind: row.unit_kind ?? '' } : null,
    level: row.level,
    band: bandOf(row.level),
    areas: ICS_AREAS.flatMap((area) => {
      const text = row[AREA_COLUMNS[area]];
      return text === null ? [] : [{ area, label: ICS_AREA_LABELS[area], text }];
    }),
    riskFactors: inListOrder(RISK_FACTORS, row.risk_factors).map((code) => ({
      code,
      label: RISK_FACTOR_LABELS[code],
    })),
    protectiveFactors: inListOrder(PROTECTIVE_FACTORS, row.protective_factors).map((code) => ({
      code,
      label: PROTECTIVE_FACTOR_INFO[code].label,
    })),
    parentsInformed: row.parents_informed,
    status: row.status,
    statusLabel: CONCERN_STATUS_LABELS[row.status],
    editable: mayEditConcern({ authorId: row.author_id, lockedAt: row.locked_at }, readerId),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    corrections: corrections
      .filter((c) => c.concern_id === row.id)
      .map((c) => ({
        id: c.id,
        text: c.text,
        levelBefore: c.level_before,
        level: c.level,
        createdAt: c.created_at.toISOString(),
        author: { id: c.author_id, name: c.author_name, title: c.author_title },
      })),
  };
}

/** The texts the duty-to-report rule reads: the area texts and the corrections. */
export function concernTexts(row: ConcernRow, corrections: readonly CorrectionRow[]): string[] {
  return [
    ...ICS_AREAS.map((a) => row[AREA_COLUMNS[a]]).filter((t): t is string => t !== null),
    ...corrections.filter((c) => c.concern_id === row.id).map((c) => c.text),
  ];
}
