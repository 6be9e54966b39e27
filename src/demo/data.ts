import { CASEWORK_COLUMNS, CASEWORK_TABLES, type CaseworkData } from './casework/rows.ts';
import { CATALOG_COLUMNS, type CatalogData } from './catalog/rows.ts';
import { DETECTION_COLUMNS, DETECTION_TABLES, type DetectionData } from './detection/rows.ts';
import { DOCUMENTS_COLUMNS, DOCUMENTS_TABLES, type DocumentsData } from './documents/rows.ts';
import { FORUMS_COLUMNS, FORUMS_TABLES, type ForumsData } from './forums/rows.ts';
import { INTAKE_CASE, INTAKE_COLUMNS, INTAKE_TABLES, type IntakeData } from './intake/rows.ts';
import type { Columns } from './schema-rows.ts';
import {
  CASE_WORK,
  type CaseWorkColumns,
  WORLD_COLUMNS,
  WORLD_TABLES,
  type WorldData,
} from './world/rows.ts';

/**
 * Demo Kommune as plain rows, one array a table, with every column the seed writes. Dates are
 * 'YYYY-MM-DD', timestamps ISO strings in UTC, so that the generated data is plain JSON and
 * compares byte for byte. Each area's rows are in its `rows.ts`, derived from the store's schema
 * (schema-rows.ts).
 */

/** A case a district meeting opened, with the case-work columns case work filled in. */
export type DemoIntakeCaseRow = IntakeData['intake_case'][number] & CaseWorkColumns;

/**
 * Every table of Demo Kommune: the foundation's, the catalog's, then detection's (a signal's
 * outcome may name an offer), intake's, case work's and the forums'.
 */
export interface DemoData
  extends WorldData,
    CatalogData,
    DetectionData,
    IntakeData,
    CaseworkData,
    ForumsData,
    DocumentsData {
  intake_case: DemoIntakeCaseRow[];
}

export type DemoTable = keyof DemoData;
export type DemoCounts = Record<DemoTable, number>;

/**
 * The tables the generator names a ladder step of by position: the seed adds the step ids, made
 * by the municipality's trigger, in the same transaction.
 */
type OnTheLadder = 'offer' | 'measure' | 'assessment';

/**
 * The kinds of the columns the seed writes, per demo table. Every other table is written as
 * generated, so the compiler checks that each field of its rows has a kind.
 */
export const COLUMNS = {
  ...WORLD_COLUMNS,
  ...CATALOG_COLUMNS,
  ...DETECTION_COLUMNS,
  ...INTAKE_COLUMNS,
  intake_case: { ...INTAKE_CASE, ...CASE_WORK },
  ...CASEWORK_COLUMNS,
  ...FORUMS_COLUMNS,
  ...DOCUMENTS_COLUMNS,
} satisfies { [T in Exclude<DemoTable, OnTheLadder>]: Columns<DemoData[T][number]> } & {
  [T in OnTheLadder]: object;
};

/** Every table the demo writes, in the order the seed writes them. */
export const ALL_DEMO_TABLES: readonly DemoTable[] = [
  ...WORLD_TABLES,
  'offer',
  ...DETECTION_TABLES,
  ...INTAKE_TABLES,
  // Before case work's, whose measures name the forums' decisions.
  ...FORUMS_TABLES,
  ...CASEWORK_TABLES,
  // After case work's: a decision names the measure it grants.
  ...DOCUMENTS_TABLES,
];

/** The database table of a demo table: the cases an assessment opened go to `cases`. */
export function sqlTableOf(table: DemoTable): string {
  return table === 'intake_case' ? 'cases' : table;
}

export function countRows(data: DemoData): DemoCounts {
  const counts = {} as DemoCounts;
  for (const table of ALL_DEMO_TABLES) counts[table] = data[table].length;
  return counts;
}
