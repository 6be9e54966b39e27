import type { Role } from '../core/access/roles.ts';
import type {
  CostUnit,
  Evidence,
  Form,
  IcsArea,
  OfferStatus,
  ProviderKind,
  Setting,
  Target,
} from '../core/catalog/types.ts';
import type { Relation } from '../store/schema.ts';
import { CASEWORK_TABLES, type CaseworkData, type CaseworkTable } from './casework/rows.ts';
import type { CaseworkCaseColumns } from './casework/rows-case.ts';
import { DETECTION_TABLES, type DetectionData, type DetectionTable } from './detection/rows.ts';
import {
  INTAKE_TABLES,
  type IntakeCaseRow,
  type IntakeData,
  type IntakeTable,
  sqlTableOf,
} from './intake/rows.ts';

/**
 * Plain rows of Demo Kommune, one interface a table, with every column the seed writes (columns
 * left out take the table's default, e.g. created_at). Dates are 'YYYY-MM-DD', timestamps ISO
 * strings in UTC, so that the generated data is plain JSON and compares byte for byte.
 */

export interface DemoInput {
  seed: number;
  /** 'YYYY-MM-DD': ages, school classes and case dates are computed relative to this day. */
  today: string;
  code: string;
  name: string;
}

export interface MunicipalityRow {
  id: string;
  code: string;
  name: string;
  is_demo: boolean;
}

export interface DistrictRow {
  municipality_id: string;
  id: string;
  name: string;
  socio_economic_index: number;
}

export type UnitKind = 'school' | 'daycare' | 'club';

export interface UnitRow {
  municipality_id: string;
  id: string;
  district_id: string;
  kind: UnitKind;
  name: string;
}

export interface GroupRow {
  municipality_id: string;
  id: string;
  unit_id: string;
  name: string;
}

export interface HouseholdRow {
  municipality_id: string;
  id: string;
  district_id: string;
  address: string;
}

export interface ChildRow {
  municipality_id: string;
  id: string;
  cpr: string;
  first_name: string;
  last_name: string;
  birth_date: string;
  household_id: string;
  district_id: string;
}

export interface EnrolmentRow {
  municipality_id: string;
  child_id: string;
  group_id: string;
}

export interface PersonRow {
  municipality_id: string;
  id: string;
  first_name: string;
  last_name: string;
  cpr: string | null;
  phone: string | null;
  household_id: string | null;
}

export interface ChildRelationRow {
  municipality_id: string;
  child_id: string;
  person_id: string;
  relation: Relation;
  has_custody: boolean;
}

/** A staff account without its password hash: the seed adds one hash for all demo users. */
export interface AppUserRow {
  municipality_id: string;
  id: string;
  username: string;
  display_name: string;
  role: Role;
  title: string | null;
  phone: string | null;
  on_call: boolean;
}

export interface UserDistrictRow {
  municipality_id: string;
  user_id: string;
  district_id: string;
}

export interface UserUnitRow {
  municipality_id: string;
  user_id: string;
  unit_id: string;
}

export interface UserGroupRow {
  municipality_id: string;
  user_id: string;
  group_id: string;
}

/** A case of the foundation (src/demo/cases.ts): open, or closed within the demo's three years. */
export interface CaseRow extends CaseworkCaseColumns {
  municipality_id: string;
  id: string;
  child_id: string;
  district_id: string;
  caseworker_id: string | null;
  opened_at: string;
  opened_reason: string;
}

/** A case a district meeting opened, with the case-work columns case work filled in. */
export type DemoIntakeCaseRow = IntakeCaseRow & CaseworkCaseColumns;

/**
 * An offer of the demo catalog (src/demo/catalog.ts). It names its step by position on the default
 * ladder: the step ids are made by the municipality's trigger when the seed inserts it, so the seed
 * looks them up in the same transaction.
 */
export interface DemoOfferRow {
  municipality_id: string;
  id: string;
  step_position: number;
  name: string;
  description: string;
  provider_kind: ProviderKind;
  provider_name: string;
  target: Target;
  form: Form;
  setting: Setting;
  age_min: number;
  age_max: number;
  ics_areas: IcsArea[];
  typical_duration_weeks: number | null;
  time_limited: boolean;
  evidence: Evidence;
  programme: string | null;
  legal_basis: string;
  /** numeric(12,2) as text */
  unit_cost: string;
  cost_unit: CostUnit;
  capacity: number | null;
  status: OfferStatus;
  illustrative: boolean;
}

/**
 * Every table of Demo Kommune, in an order that satisfies the foreign keys when inserted; the
 * detection tables (detection-types.ts) come after the offers, the intake tables
 * (intake-types.ts) after them, the case-work tables (casework-types.ts) last.
 */
export interface DemoData extends DetectionData, IntakeData, CaseworkData {
  intake_case: DemoIntakeCaseRow[];
  municipality: MunicipalityRow[];
  district: DistrictRow[];
  unit: UnitRow[];
  group: GroupRow[];
  household: HouseholdRow[];
  child: ChildRow[];
  enrolment: EnrolmentRow[];
  person: PersonRow[];
  child_relation: ChildRelationRow[];
  app_user: AppUserRow[];
  user_district: UserDistrictRow[];
  user_unit: UserUnitRow[];
  user_group: UserGroupRow[];
  cases: CaseRow[];
  offer: DemoOfferRow[];
}

/**
 * The tables written in bulk as generated (bulk.ts). Offers are written apart, after the
 * foundation's tables, because their step ids exist only once the municipality is in the database;
 * the detection tables follow them, since a signal's outcome may name an offer. Measures and
 * assessments name steps by position too, so the seed adds the ids before writing them.
 */
export type DemoTable = Exclude<keyof DemoData, 'offer' | 'measure' | 'assessment'>;
export type FoundationTable = Exclude<DemoTable, DetectionTable | IntakeTable | CaseworkTable>;
export type DemoCounts = Record<keyof DemoData, number>;

export const DEMO_TABLES: readonly FoundationTable[] = [
  'municipality',
  'district',
  'unit',
  'group',
  'household',
  'child',
  'enrolment',
  'person',
  'child_relation',
  'app_user',
  'user_district',
  'user_unit',
  'user_group',
  'cases',
];

export { CASEWORK_TABLES, DETECTION_TABLES, INTAKE_TABLES, sqlTableOf };

/** Every table the demo writes, in the order the seed writes them. */
export const ALL_DEMO_TABLES: readonly (keyof DemoData)[] = [
  ...DEMO_TABLES,
  'offer',
  ...DETECTION_TABLES,
  ...INTAKE_TABLES,
  ...CASEWORK_TABLES,
];

export function countRows(data: DemoData): DemoCounts {
  const counts = {} as DemoCounts;
  for (const table of ALL_DEMO_TABLES) counts[table] = data[table].length;
  return counts;
}
