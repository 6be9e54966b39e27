import type { ColumnKinds, Override, RowOf, TableKinds } from '../schema-rows.ts';

/**
 * The foundation's rows of Demo Kommune (migration 001): places, people and households, enrolments,
 * staff and the cases. Columns not named here take the table's default (e.g. created_at); a
 * demo account's password hash is added by the seed, one for all.
 */

/** The columns a case opens with: the foundation's cases and those a district meeting opened. */
export const CASE_OPENING = {
  municipality_id: 'uuid',
  id: 'uuid',
  child_id: 'uuid',
  district_id: 'uuid',
  caseworker_id: 'uuid',
  opened_at: 'timestamptz',
  opened_reason: 'text',
} satisfies ColumnKinds<'cases'>;

/** The columns case work (migration 007) keeps on a case, filled in by casework/casework.ts. */
export const CASE_WORK = {
  foster_care_consultant_id: 'uuid',
  contact_person_id: 'uuid',
  aware_on: 'date',
  created_by: 'uuid',
  version: 'integer',
  closed_at: 'timestamptz',
  closed_reason: 'text',
  close_reason_code: 'text',
} satisfies ColumnKinds<'cases'>;

export const WORLD_COLUMNS = {
  municipality: { id: 'uuid', code: 'text', name: 'text', is_demo: 'boolean' },
  district: { municipality_id: 'uuid', id: 'uuid', name: 'text', socio_economic_index: 'numeric' },
  unit: { municipality_id: 'uuid', id: 'uuid', district_id: 'uuid', kind: 'text', name: 'text' },
  group: { municipality_id: 'uuid', id: 'uuid', unit_id: 'uuid', name: 'text' },
  household: { municipality_id: 'uuid', id: 'uuid', district_id: 'uuid', address: 'text' },
  child: {
    municipality_id: 'uuid',
    id: 'uuid',
    cpr: 'text',
    first_name: 'text',
    last_name: 'text',
    birth_date: 'date',
    household_id: 'uuid',
    district_id: 'uuid',
  },
  enrolment: { municipality_id: 'uuid', child_id: 'uuid', group_id: 'uuid' },
  person: {
    municipality_id: 'uuid',
    id: 'uuid',
    first_name: 'text',
    last_name: 'text',
    cpr: 'text',
    phone: 'text',
    household_id: 'uuid',
  },
  child_relation: {
    municipality_id: 'uuid',
    child_id: 'uuid',
    person_id: 'uuid',
    relation: 'text',
    has_custody: 'boolean',
  },
  app_user: {
    municipality_id: 'uuid',
    id: 'uuid',
    username: 'text',
    display_name: 'text',
    role: 'text',
    title: 'text',
    phone: 'text',
  },
  user_district: { municipality_id: 'uuid', user_id: 'uuid', district_id: 'uuid' },
  user_unit: { municipality_id: 'uuid', user_id: 'uuid', unit_id: 'uuid' },
  user_group: { municipality_id: 'uuid', user_id: 'uuid', group_id: 'uuid' },
  cases: { ...CASE_OPENING, ...CASE_WORK },
} satisfies TableKinds;

type Kinds = typeof WORLD_COLUMNS;

export type MunicipalityRow = RowOf<'municipality', Kinds['municipality']>;
/** The index is written as the number the district's spec gives (the numeric column reads back as text). */
export type DistrictRow = Override<RowOf<'district', Kinds['district']>, { socio_economic_index: number }>;
export type UnitRow = RowOf<'unit', Kinds['unit']>;
export type UnitKind = UnitRow['kind'];
export type GroupRow = RowOf<'group', Kinds['group']>;
export type HouseholdRow = RowOf<'household', Kinds['household']>;
export type ChildRow = RowOf<'child', Kinds['child']>;
export type EnrolmentRow = RowOf<'enrolment', Kinds['enrolment']>;
export type PersonRow = RowOf<'person', Kinds['person']>;
export type ChildRelationRow = RowOf<'child_relation', Kinds['child_relation']>;
/** A staff account without its password hash: the seed adds one hash for all demo users. */
export type AppUserRow = RowOf<'app_user', Kinds['app_user']>;
export type UserDistrictRow = RowOf<'user_district', Kinds['user_district']>;
export type UserUnitRow = RowOf<'user_unit', Kinds['user_unit']>;
export type UserGroupRow = RowOf<'user_group', Kinds['user_group']>;

/** What a case opens with (world/cases.ts, intake/meetings.ts). */
export type CaseOpeningRow = RowOf<'cases', typeof CASE_OPENING>;
/**
 * What case work keeps on a case. The family's contact person is set last of all
 * (casework/contacts.ts), so a case has no such field until then; every row written has it.
 */
export type CaseWorkColumns = Override<
  RowOf<'cases', typeof CASE_WORK>,
  { contact_person_id?: string | null }
>;
/** A case of the foundation (world/cases.ts): open, or closed within the demo's three years. */
export type CaseRow = CaseOpeningRow & CaseWorkColumns;

/** The foundation's tables, in an order that satisfies their foreign keys when inserted. */
export interface WorldData {
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
}

export type WorldTable = keyof WorldData;

export const WORLD_TABLES: readonly WorldTable[] = [
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
